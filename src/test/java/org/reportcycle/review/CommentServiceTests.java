package org.reportcycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportHistory;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Legal review with comments anchored to the text, answered before resubmission. */
@SpringBootTest
@ActiveProfiles("test")
class CommentServiceTests {

    @Autowired
    TestData data;

    @Autowired
    CommentService comments;

    @Autowired
    ReviewService review;

    @Autowired
    ReportHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.reportcycle.report.ReportService reports;

    TestUnit unit;
    Long id;

    @BeforeEach
    void submitted() {
        unit = data.unit("意见街道");
        id = data.openReport(2025, unit);
        as(unit.drafter(), () -> review.submit(id, null));
    }

    @Test
    void a_comment_anchored_to_a_passage_sends_the_report_back_and_must_be_answered_before_resubmitting() {
        CommentEntry c = as(unit.legal(), () -> comments.comment(id, Part.SHORTCOMINGS, "执法力量不足", "请分析原因"));
        TestData.run(unit.legal(), () -> history.markSeen(id));
        as(unit.legal(), () -> review.returnToDrafting(id, "见审查意见"));

        assertThatThrownBy(() -> as(unit.drafter(), () -> review.submit(id, null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.openComments");

        data.write(unit, id, Map.of(Part.SHORTCOMINGS, "（一）执法力量不足，原因是编制有限。部分执法人员缺少系统的法律培训。"));
        as(unit.drafter(), () -> comments.answer(c.id(), Comment.AnswerKind.FIXED, "已补充原因"));
        as(unit.drafter(), () -> review.submit(id, "已按意见修改"));

        List<CommentThread> threads = as(unit.legal(), () -> comments.threads(id));
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).comment().state()).isEqualTo(Comment.State.ANSWERED);
        assertThat(threads.get(0).comment().quote()).isEqualTo("执法力量不足");
        assertThat(threads.get(0).replies()).extracting(CommentEntry::body).containsExactly("已补充原因");
        assertThat(as(unit.legal(), () -> history.sinceLastSeen(id)))
                .get()
                .satisfies(cmp -> assertThat(cmp.changes()
                                .part(Part.SHORTCOMINGS)
                                .orElseThrow()
                                .changed())
                        .isTrue());

        as(unit.legal(), () -> comments.settle(c.id(), true));
        assertThat(as(unit.legal(), () -> comments.threads(id)).get(0).comment().state())
                .isEqualTo(Comment.State.RESOLVED);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE report_id = ? AND action LIKE 'comment.%' " + "ORDER BY seq",
                        String.class, id))
                .containsExactly("comment.added", "comment.answered", "comment.resolved");
    }

    @Test
    void a_passage_that_is_not_in_the_part_is_refused() {
        assertThatThrownBy(() -> as(unit.legal(), () -> comments.comment(id, Part.MEASURES, "不存在的文字", "意见")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.quoteNotFound");
        assertThat(as(unit.legal(), () -> comments.threads(id))).isEmpty();
    }

    @Test
    void only_the_units_legal_advisor_comments_and_only_during_review() {
        TestUnit other = data.unit("旁观街道");
        assertThatThrownBy(() -> as(unit.drafter(), () -> comments.comment(id, Part.MEASURES, null, "自评")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.legal(), () -> comments.comment(id, Part.MEASURES, null, "越权")))
                .isInstanceOf(AccessDeniedException.class);
        as(unit.legal(), () -> review.pass(id, null));
        assertThatThrownBy(() -> as(unit.legal(), () -> comments.comment(id, Part.MEASURES, null, "迟到的意见")))
                .isInstanceOf(ConflictException.class);
        assertThat(as(unit.drafter(), () -> reports.view(id)).step()).isEqualTo(Step.LEADER_SIGNOFF);
    }

    @Test
    void an_explained_answer_needs_its_explanation() {
        CommentEntry c = as(unit.legal(), () -> comments.comment(id, Part.MEASURES, null, "数据来源？"));
        as(unit.legal(), () -> review.returnToDrafting(id, "见意见"));
        assertThatThrownBy(() -> as(unit.drafter(), () -> comments.answer(c.id(), Comment.AnswerKind.EXPLAINED, " ")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.reasonRequired");
        as(unit.drafter(), () -> comments.answer(c.id(), Comment.AnswerKind.EXPLAINED, "数据来自年度统计"));
        assertThat(as(unit.drafter(), () -> comments.openCount(id))).isZero();
    }
}
