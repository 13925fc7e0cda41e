package org.reportcycle.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class ReviewActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_legal_advisor_sees_pass_and_return_but_cannot_edit_the_text() {
        TestUnit unit = data.unit("和平街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        Browserless.openReport(ctx, unit.legal(), report);

        assertThat(_get(Button.class, s -> s.withId("action-pass")).getText()).isEqualTo("审查通过");
        assertThat(_get(Button.class, s -> s.withId("action-returnToDrafting")).getText())
                .isEqualTo("退回修改");
        _assertNone(Button.class, s -> s.withId("action-submit"));
        _assertNone(Button.class, s -> s.withId("save-parts"));
        assertThat(_find(TextArea.class)).allMatch(TextArea::isReadOnly);
    }

    @Test
    void the_drafter_sees_no_decision_while_the_report_is_under_review() {
        TestUnit unit = data.unit("建设街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        Browserless.openReport(ctx, unit.drafter(), report);

        _assertNone(Button.class, s -> s.withId("action-pass"));
        _assertNone(Button.class, s -> s.withId("action-submit"));
    }

    @Test
    void returning_without_a_reason_is_refused_and_with_one_sends_the_report_back_to_drafting() {
        TestUnit unit = data.unit("友谊街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.click("action-returnToDrafting");
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).contains("请填写理由。");
        assertThat(Browserless.openDialog()).isNotNull();
        assertThat(as(unit.legal(), () -> reports.view(report)).step()).isEqualTo(Step.LEGAL_REVIEW);

        _setValue(_get(Browserless.openDialog(), TextArea.class), "第四部分缺少下一年度安排");
        Browserless.confirmDialog();

        assertThat(_get(Span.class, s -> s.withId("report-step")).getText()).isEqualTo("当前环节：起草");
        assertThat(Browserless.notifications()).contains("已退回起草人修改。");
        _assertNone(Button.class, s -> s.withId("action-pass"));
    }

    @Test
    void passing_the_review_hands_the_report_to_the_first_leader() {
        TestUnit unit = data.unit("团结街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.click("action-pass");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "经审查，未发现合法性问题");
        Browserless.confirmDialog();

        assertThat(_get(Span.class, s -> s.withId("report-step")).getText()).isEqualTo("当前环节：领导签批");
        assertThat(_get(Span.class, s -> s.withId("report-actors")).getText()).isEqualTo("可办理人：团结街道分管领导");
    }
}
