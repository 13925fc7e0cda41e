package org.reportcycle.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.ProgressService;
import org.reportcycle.workflow.ProgressService.ProgressStep;
import org.reportcycle.workflow.ProgressService.State;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Withdrawal, an administrator's return, reassignment (转办) and the progress view. */
@SpringBootTest
@ActiveProfiles("test")
class FlowControlServiceTests {

    @Autowired
    TestData data;

    @Autowired
    FlowControlService flow;

    @Autowired
    ReviewService review;

    @Autowired
    CommentService comments;

    @Autowired
    ReportService reports;

    @Autowired
    WorkflowService workflow;

    @Autowired
    ProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    Long id;

    @BeforeEach
    void submitted() {
        unit = data.unit("流程街道");
        id = data.openReport(2025, unit);
        as(unit.drafter(), () -> review.submit(id, null));
    }

    @Test
    void the_drafter_withdraws_a_submission_before_the_review_starts() {
        as(unit.drafter(), () -> flow.withdraw(id, "漏了附件"));
        assertThat(step()).isEqualTo(Step.DRAFT);
        assertThat(as(unit.drafter(), () -> workflow.currentTask(id))
                        .orElseThrow()
                        .step())
                .isEqualTo(Step.DRAFT);
        assertThat(lastAction()).isEqualTo("report.withdrawn");
    }

    @Test
    void a_submission_cannot_be_withdrawn_once_the_advisor_has_commented() {
        as(unit.legal(), () -> comments.comment(id, Part.MEASURES, null, "请补充数据"));
        assertThatThrownBy(() -> as(unit.drafter(), () -> flow.withdraw(id, null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.reviewStarted");
        assertThat(step()).isEqualTo(Step.LEGAL_REVIEW);
    }

    @Test
    void an_administrator_returns_a_report_to_an_earlier_step_with_a_reason() {
        as(unit.legal(), () -> review.pass(id, null));
        assertThatThrownBy(() -> as(data.admin(), () -> flow.returnTo(id, Step.DRAFT, " ")))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as(data.admin(), () -> flow.returnTo(id, Step.COMMITTEE, "向前跳")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.notAnEarlierStep");
        assertThatThrownBy(() -> as(unit.drafter(), () -> flow.returnTo(id, Step.DRAFT, "越权")))
                .isInstanceOf(AccessDeniedException.class);

        as(data.admin(), () -> flow.returnTo(id, Step.DRAFT, "数据口径有误"));
        assertThat(step()).isEqualTo(Step.DRAFT);
        assertThat(lastAction()).isEqualTo("report.returnedByAdministrator");
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(step()).isEqualTo(Step.LEGAL_REVIEW);
    }

    @Test
    void a_reassigned_task_is_only_the_new_holders() {
        data.person(unit.id(), unit.code() + "-legal2", Role.LEGAL, 0);
        String second = unit.code() + "-legal2";
        assertThatThrownBy(() -> as(unit.legal(), () -> {
                    flow.reassign(id, unit.drafter(), "起草人不能审查");
                    return null;
                }))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.notAMember");

        as(unit.legal(), () -> {
            flow.reassign(id, second, "出差，转另一位法律顾问");
            return null;
        });

        assertThat(as(second, () -> workflow.myInbox()))
                .extracting(t -> t.reportId())
                .contains(id);
        assertThat(as(unit.legal(), () -> workflow.myInbox()))
                .extracting(t -> t.reportId())
                .doesNotContain(id);
        assertThatThrownBy(() -> as(unit.legal(), () -> review.pass(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        as(second, () -> review.pass(id, "同意"));
        assertThat(step()).isEqualTo(Step.LEADER_SIGNOFF);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = 'task.reassigned'",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void the_progress_shows_steps_done_the_current_step_and_the_steps_to_come() {
        as(unit.legal(), () -> review.pass(id, "同意"));
        List<ProgressStep> path = as(unit.drafter(), () -> progress.progress(id));
        assertThat(path)
                .extracting(ProgressStep::step, ProgressStep::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Step.DRAFT, State.DONE),
                        org.assertj.core.groups.Tuple.tuple(Step.LEGAL_REVIEW, State.DONE),
                        org.assertj.core.groups.Tuple.tuple(Step.LEADER_SIGNOFF, State.CURRENT),
                        org.assertj.core.groups.Tuple.tuple(Step.COMMITTEE, State.TO_COME),
                        org.assertj.core.groups.Tuple.tuple(Step.REPORT_UP, State.TO_COME),
                        org.assertj.core.groups.Tuple.tuple(Step.OFFICE_REVIEW, State.TO_COME),
                        org.assertj.core.groups.Tuple.tuple(Step.PUBLISH, State.TO_COME));
        assertThat(path.get(0).who()).isEqualTo(unit.drafter());
        assertThat(path.get(1).who()).isEqualTo(unit.legal());
        assertThat(path.get(2).candidates()).containsExactly("u" + unit.id() + ":LEADER:1");
    }

    private Step step() {
        return as(unit.drafter(), () -> reports.view(id)).step();
    }

    private String lastAction() {
        return jdbc.queryForObject(
                "SELECT action FROM rc_audit WHERE report_id = ? ORDER BY seq DESC LIMIT 1", String.class, id);
    }
}
