package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.ui.ActionDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A double click on a decision takes it once and shows one message. */
@UiSpringTest
class OneDecisionPerClickTests {

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
    void the_buttons_disable_themselves_at_the_click() {
        TestUnit unit = data.unit("双击街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        assertThat(_get(Button.class, s -> s.withId("action-pass")).isDisableOnClick())
                .isTrue();
        Browserless.click("action-pass");
        assertThat(Browserless.openDialog().confirmButton().isDisableOnClick()).isTrue();
    }

    @Test
    void a_second_click_arriving_after_the_decision_is_ignored_with_one_message() {
        TestUnit unit = data.unit("连点街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.click("action-pass");
        ActionDialog dialog = Browserless.openDialog();
        Button confirm = dialog.confirmButton();
        // both clicks delivered, as when the second one left the browser before the first was answered
        ComponentUtil.fireEvent(confirm, new ClickEvent<>(confirm));
        ComponentUtil.fireEvent(confirm, new ClickEvent<>(confirm));

        assertThat(Browserless.notifications()).containsExactly("已审查通过，报送领导签批。");
        assertThat(as(unit.legal(), () -> reports.view(report)).step()).isEqualTo(Step.LEADER_SIGNOFF);
    }

    @Test
    void after_a_refusal_the_confirm_button_works_again() {
        TestUnit unit = data.unit("再试街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.click("action-returnToDrafting");
        Browserless.confirmDialog(); // no reason: refused

        assertThat(Browserless.openDialog().confirmButton().isEnabled()).isTrue();
        assertThat(as(unit.legal(), () -> reports.view(report)).step()).isEqualTo(Step.LEGAL_REVIEW);
    }
}
