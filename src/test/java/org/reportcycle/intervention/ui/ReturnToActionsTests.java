package org.reportcycle.intervention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.intervention.ReturnService.ReturnTarget;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The leader whose turn it is picks where the report goes back to, by step or by the signer's name. */
@UiSpringTest
class ReturnToActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    SignoffService signoff;

    @Autowired
    WorkflowService workflow;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_leader_returns_the_report_to_the_first_signer_named_in_the_choice() {
        TestUnit unit = data.unit("选择退回街道", 3);
        Long report = data.openReport(2350, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        as(unit.leader(1), () -> signoff.approve(report, "同意", false));
        as(unit.leader(2), () -> signoff.approve(report, "同意", false));

        Browserless.openReport(ctx, unit.drafter(), report);
        _assertNone(Button.class, s -> s.withId("action-returnTo"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(3), report);
        Browserless.click("action-returnTo");
        Select<ReturnTarget> to = _get(Select.class, s -> s.withId("return-to-target"));
        List<String> labels = to.getListDataView()
                .getItems()
                .map(t -> to.getItemLabelGenerator().apply(t))
                .toList();
        assertThat(labels)
                .containsExactly(
                        "起草", "合法性审查", "领导签批：" + unit.leaderName(1) + "（第1位）", "领导签批：" + unit.leaderName(2) + "（第2位）");
        _setValue(to, to.getListDataView().getItems().toList().get(2));
        _setValue(_get(Browserless.openDialog(), TextArea.class), "请第一位领导再审阅");
        Browserless.confirmDialog();

        assertThat(_get(Span.class, s -> s.withId("report-step")).getText()).isEqualTo("当前环节：领导签批");
        assertThat(as(unit.leader(1), () -> workflow.leaderTurn(report)))
                .get()
                .extracting(t -> t.place())
                .isEqualTo(1);
    }
}
