package org.reportcycle.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CoSignSetup;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** 会签 in the workspace: each co-signer decides for themselves, and sees who has agreed and who is still to decide. */
@UiSpringTest
class CoSignActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    CoSignSetup setup;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_co_signer_agrees_with_an_opinion_and_another_returns_the_report_to_drafting() {
        TestUnit unit = setup.unit("界面会签街道", 3, 1, 2);
        Long report = setup.reportAtSignoff(2451, unit);

        Browserless.openReport(ctx, unit.leader(3), report);
        _assertNone(Button.class, s -> s.withId("action-coSignApprove"));
        _assertNone(Button.class, s -> s.withId("action-approve"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(1), report);
        assertThat(step()).isEqualTo("当前环节：会签");
        assertThat(_get(Span.class, s -> s.withId("report-actors")).getText())
                .isEqualTo("可办理人：" + unit.leaderName(1) + "、" + unit.leaderName(2));
        assertThat(_get(Span.class, s -> s.withId("cosign-state")).getText())
                .isEqualTo("会签进度：已同意 —；待会签 " + unit.leaderName(1) + "、" + unit.leaderName(2));
        Browserless.click("action-coSignApprove");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("会签同意须填写意见，未提交。");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "同意，建议补充数据。");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("已会签同意。");
        assertThat(step()).isEqualTo("当前环节：会签");
        _assertNone(Button.class, s -> s.withId("action-coSignApprove"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(2), report);
        assertThat(_get(Span.class, s -> s.withId("cosign-state")).getText())
                .isEqualTo("会签进度：已同意 " + unit.leaderName(1) + "；待会签 " + unit.leaderName(2));
        Browserless.click("action-coSignReturn");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "第二部分数据有误。");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("已退回起草，其他会签人的待办已撤销。");
        assertThat(step()).isEqualTo("当前环节：起草");
    }

    private static String step() {
        return _get(Span.class, s -> s.withId("report-step")).getText();
    }
}
