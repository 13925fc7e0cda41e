package org.reportcycle.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.review.Comment;
import org.reportcycle.review.CommentEntry;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.CommentThread;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class CommentsSectionTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    CommentService comments;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_advisor_comments_the_drafter_answers_and_the_advisor_resolves() {
        TestUnit unit = data.unit("桥西街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        Browserless.openReport(ctx, unit.legal(), report);
        Browserless.click("comment-add");
        _setValue(_get(Select.class, s -> s.withId("comment-part")), Part.SHORTCOMINGS);
        _setValue(_get(TextArea.class, s -> s.withId("comment-body")), "不足部分过于笼统，请具体说明");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("意见已提出。");
        Long thread = threads(unit, report).get(0).comment().id();
        assertThat(_get(Span.class, s -> s.withId("comment-" + thread + "-state"))
                        .getText())
                .isEqualTo("待答复");
        // the author by name, never by login name
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anyMatch(text -> text.startsWith(unit.legalName() + " · "))
                .noneMatch(text -> text.startsWith(unit.legal() + " · "));

        Browserless.click("action-returnToDrafting");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "请按审查意见修改");
        Browserless.confirmDialog();
        Browserless.stop();

        Browserless.openReport(ctx, unit.drafter(), report);
        Browserless.click("action-submit");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("还有 1 条审查意见未答复，请逐条答复（已修改或说明理由）后再提交。");
        Browserless.openDialog().close();
        Browserless.click("comment-" + thread + "-answer");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("comment-answer-kind")), Comment.AnswerKind.EXPLAINED);
        _setValue(_get(TextArea.class, s -> s.withId("comment-answer-body")), "已在第二部分列出三项具体不足");
        Browserless.confirmDialog();
        assertThat(_get(Span.class, s -> s.withId("comment-" + thread + "-state"))
                        .getText())
                .isEqualTo("已答复");
        Browserless.click("action-submit");
        Browserless.confirmDialog();
        assertThat(_get(Span.class, s -> s.withId("report-step")).getText()).isEqualTo("当前环节：合法性审查");
        _assertNone(Button.class, s -> s.withId("comment-" + thread + "-answer"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.legal(), report);
        Browserless.click("comment-" + thread + "-resolve");
        assertThat(_get(Span.class, s -> s.withId("comment-" + thread + "-state"))
                        .getText())
                .isEqualTo("已解决");
        assertThat(threads(unit, report).get(0).comment().state()).isEqualTo(Comment.State.RESOLVED);
        assertThat(threads(unit, report).get(0).replies())
                .extracting(CommentEntry::body)
                .containsExactly("已在第二部分列出三项具体不足");
    }

    @Test
    void a_comment_needs_a_text_and_nobody_but_the_advisor_may_add_one() {
        TestUnit unit = data.unit("桥东街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        Browserless.openReport(ctx, unit.drafter(), report);
        _assertNone(Button.class, s -> s.withId("comment-add"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.legal(), report);
        Browserless.click("comment-add");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("请填写理由。");
        assertThat(threads(unit, report)).isEmpty();
    }

    private List<CommentThread> threads(TestUnit unit, Long report) {
        return TestData.as(unit.legal(), () -> comments.threads(report));
    }
}
