package org.reportcycle.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class ReportUpActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    CommitteeService committee;

    @Autowired
    PublicationService publication;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_drafter_reports_up_and_the_office_returns_then_accepts() {
        TestUnit unit = data.unit("龙泉镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.REPORT_UP, unit, report);

        Browserless.openReport(ctx, unit.drafter(), report);
        assertThat(step()).isEqualTo("当前环节：报送上级");
        Browserless.click("action-reportUp");
        Browserless.confirmDialog();
        assertThat(step()).isEqualTo("当前环节：上级审查备案");
        assertThat(Browserless.notifications()).contains("报告已报送上级，等待审查备案。");
        _assertNone(Button.class, s -> s.withId("action-officeAccept"));
        Browserless.stop();

        Browserless.openReport(ctx, data.admin(), report);
        Browserless.click("action-officeReturn");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("请填写理由。");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "索引号与发布机构不一致");
        Browserless.confirmDialog();
        assertThat(step()).isEqualTo("当前环节：按审议意见修改");
        Browserless.stop();

        TestData.as(unit.drafter(), () -> committee.submitRevision(report, "已更正"));
        TestData.as(unit.secretary(), () -> committee.confirmChanges(report, true, null));
        TestData.as(unit.drafter(), () -> publication.reportUp(report, "更正后重新报送"));
        Browserless.openReport(ctx, data.admin(), report);
        Browserless.click("action-officeAccept");
        Browserless.confirmDialog();
        assertThat(step()).isEqualTo("当前环节：向社会公开");
        assertThat(Browserless.notifications()).contains("已备案，报告转入向社会公开。");
    }

    private static String step() {
        return _get(Span.class, s -> s.withId("report-step")).getText();
    }
}
