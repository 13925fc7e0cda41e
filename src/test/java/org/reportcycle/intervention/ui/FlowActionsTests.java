package org.reportcycle.intervention.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class FlowActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    WorkflowService workflow;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_drafter_withdraws_a_submission_the_advisor_has_not_started_on() {
        TestUnit unit = data.unit("东风街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.click("action-withdraw");
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：起草");
        assertThat(Browserless.notifications()).contains("已撤回，报告回到起草。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_returns_the_report_to_an_earlier_step_with_a_reason() {
        TestUnit unit = data.unit("西风街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.COMMITTEE, unit, report);
        Browserless.openReport(ctx, unit.drafter(), report);
        _assertNone(Button.class, s -> s.withId("action-adminReturn"));
        Browserless.stop();

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("reports/" + report);
        Browserless.click("action-adminReturn");
        _setValue(_get(Select.class, s -> s.withId("return-to-step")), Step.LEGAL_REVIEW);
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("请填写理由。");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "法律顾问意见需重新出具");
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：合法性审查");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_advisor_hands_the_review_to_another_advisor_and_the_progress_shows_the_path() {
        TestUnit unit = data.unit("南风街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        String other = data.secondLegal(unit);
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.openPanel("办理进度");
        Grid<?> progress = _get(Grid.class, s -> s.withId("progress"));
        assertThat(_getFormatted(progress, 0, "step")).isEqualTo("起草");
        assertThat(_getFormatted(progress, 1, "step")).isEqualTo("合法性审查");
        assertThat(_size(progress)).isGreaterThanOrEqualTo(7);

        Browserless.click("action-reassign");
        PersonPicker to = _get(PersonPicker.class, s -> s.withId("reassign-to"));
        // offered by name and role, only the unit's other legal advisors, never by login name
        assertThat(to.getListDataView()
                        .getItems()
                        .map(p -> to.getItemLabelGenerator().apply(p)))
                .allSatisfy(label -> assertThat(label).endsWith(" · 法律顾问").doesNotContain(other));
        _setValue(
                to,
                to.getListDataView()
                        .getItems()
                        .filter(m -> m.username().equals(other))
                        .findFirst()
                        .orElseThrow());
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).contains("已转办。");
        assertThat(TestData.as(other, () -> workflow.myInbox()))
                .extracting(t -> t.reportId())
                .contains(report);
        assertThat(TestData.as(unit.legal(), () -> workflow.myInbox()))
                .extracting(t -> t.reportId())
                .doesNotContain(report);
    }

    private static String step() {
        return _get(Span.class, s -> s.withId("report-step")).getText();
    }
}
