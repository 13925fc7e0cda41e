package org.reportcycle.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class SignoffActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void only_the_leader_whose_turn_it_is_sees_the_sign_off_buttons() {
        TestUnit unit = data.unit("花园街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);

        Browserless.openReport(ctx, unit.leader(2), report);
        _assertNone(Button.class, s -> s.withId("action-approve"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(1), report);
        Browserless.click("action-approve");
        // Only the last leader attests, so the first is not asked
        _assertNone(Checkbox.class, s -> s.withId("confidentiality"));
    }

    @Test
    void the_last_leader_must_attest_the_confidentiality_review_before_approving() {
        TestUnit unit = data.unit("公园街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        Browserless.openReport(ctx, unit.leader(1), report);
        Browserless.click("action-approve");
        Browserless.confirmDialog();
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(2), report);
        Browserless.click("action-approve");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "同意报送党工委会议审议");
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).contains("最后一位签批领导须确认已完成保密审查。");
        assertThat(step()).isEqualTo("当前环节：领导签批");

        _setValue(_get(Checkbox.class, s -> s.withId("confidentiality")), true);
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：党委(党工委)会议审议");
        assertThat(Browserless.notifications()).contains("已签批。");
    }

    @Test
    void the_second_leader_may_return_the_report_to_the_first() {
        TestUnit unit = data.unit("滨江街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        Browserless.openReport(ctx, unit.leader(1), report);
        Browserless.click("action-approve");
        Browserless.confirmDialog();
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(2), report);
        Browserless.click("action-returnSignoff");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "请分管领导再核");
        _setValue(_get(Checkbox.class, s -> s.withId("to-previous-signer")), true);
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：领导签批");
        assertThat(_get(Span.class, s -> s.withId("report-actors")).getText()).isEqualTo("可办理人：滨江街道分管领导");
        _assertNone(Button.class, s -> s.withId("action-approve"));
    }

    private static String step() {
        return _get(Span.class, s -> s.withId("report-step")).getText();
    }
}
