package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;
import static org.reportcycle.testdata.TestData.run;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decisions with their context: the 审批意见 timeline at the top of the workspace, the return banner on the
 * drafter's workspace, and compliance exceptions recorded in the findings panel and shown to the reviewers.
 */
@UiSpringTest
class DecisionContextTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Autowired
    CommentService comments;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_signing_leader_reads_the_legal_opinion_in_the_timeline_without_opening_anything() {
        TestUnit unit = data.unit("意见街道");
        Long report = data.openReport(2370, unit);
        run(unit.drafter(), () -> review.submit(report, "初稿"));
        run(unit.legal(), () -> review.pass(report, "经审查，第二部分表述合法，同意报送领导签批"));

        Browserless.openReport(ctx, unit.leader(1), report);

        String timeline = text(_get(DecisionTimeline.class));
        assertThat(timeline)
                .contains("审批意见")
                .contains("提交审查 · " + unit.drafterName() + "（起草人）")
                .contains("审查通过 · " + unit.legalName() + "（法律顾问）")
                .contains("经审查，第二部分表述合法，同意报送领导签批")
                .doesNotContain(unit.legal()); // a person, not a login name
        // the current step last
        assertThat(timeline.indexOf("当前环节：领导签批")).isGreaterThan(timeline.indexOf("经审查"));
        assertThat(text(_get(Div.class, s -> s.withId("timeline-current"))))
                .isEqualTo("当前环节：领导签批，待 " + unit.leaderName(1) + " 办理");
        // the timeline comes before the text, the decisions after it
        assertThat(indexOf(_get(DecisionTimeline.class))).isLessThan(indexOf(_get(PartsEditor.class)));
    }

    @Test
    void after_a_return_the_drafter_sees_who_returned_it_when_why_and_the_open_comments() {
        TestUnit unit = data.unit("退回街道");
        Long report = data.openReport(2371, unit);
        run(unit.drafter(), () -> review.submit(report, "初稿"));
        run(unit.legal(), () -> comments.comment(report, Part.MEASURES, null, "请补充案件数量"));
        run(unit.legal(), () -> review.returnToDrafting(report, "第四部分缺少下一年度的具体安排"));

        Browserless.openReport(ctx, unit.drafter(), report);

        String banner = text(_get(Div.class, s -> s.withId("return-banner")));
        assertThat(banner)
                .contains(unit.legalName() + "（法律顾问）")
                .contains("审查退回")
                .contains("理由：第四部分缺少下一年度的具体安排")
                .contains("待处理意见 1 条");
        assertThat(text(_get(DecisionTimeline.class))).contains("第四部分缺少下一年度的具体安排");
    }

    @Test
    void without_a_return_there_is_no_banner() {
        TestUnit unit = data.unit("无退回街道");
        Long report = data.openReport(2372, unit);

        Browserless.openReport(ctx, unit.drafter(), report);

        _assertNone(Div.class, s -> s.withId("return-banner"));
        assertThat(text(_get(DecisionTimeline.class))).contains("尚无审批意见").contains("当前环节：起草");
    }

    @Test
    void an_exception_recorded_in_the_findings_panel_lets_the_submission_through_and_reviewers_see_it() {
        TestUnit unit = data.unit("例外面板街道");
        Long report = data.openReport(2373, unit);
        data.write(unit, report, Map.of(Part.FIRST_RESPONSIBLE, ""));
        Browserless.openReport(ctx, unit.drafter(), report);

        // without a reason the submission is refused and nothing changes
        Browserless.click("action-submit");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).anyMatch(n -> n.contains("合规问题"));
        assertThat(as(unit.drafter(), () -> reports.view(report)).step()).isEqualTo(Step.DRAFT);
        Browserless.openDialog().close();

        Browserless.click("except-part-missing-3");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "第一责任人履职情况已写入第一部分");
        Browserless.confirmDialog();
        assertThat(text(_get(Div.class, s -> s.withId("exception-reason-part-missing-3"))))
                .isEqualTo("例外理由：第一责任人履职情况已写入第一部分");

        Browserless.click("action-submit");
        Browserless.confirmDialog();
        assertThat(as(unit.drafter(), () -> reports.view(report)).step()).isEqualTo(Step.LEGAL_REVIEW);
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'report.submitted'",
                        String.class,
                        report))
                .contains("第一责任人履职情况已写入第一部分");

        Browserless.stop();
        Browserless.openReport(ctx, unit.legal(), report);
        assertThat(text(_get(DecisionTimeline.class)))
                .contains("合规例外：")
                .contains("第一责任人")
                .contains("理由：第一责任人履职情况已写入第一部分");
    }

    @Test
    void a_decision_dialog_takes_as_much_text_as_the_service_and_refuses_more_naming_the_limit() {
        TestUnit unit = data.unit("长意见街道");
        Long report = data.openReport(2374, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.click("action-pass");
        TextArea opinion = _get(Browserless.openDialog(), TextArea.class);
        assertThat(opinion.getElement().hasProperty("maxlength"))
                .as("no browser-side cut")
                .isFalse();
        _setValue(opinion, "意".repeat(2001));
        assertThat(opinion.isInvalid()).isTrue();
        assertThat(opinion.getErrorMessage()).contains("2001").contains("2000");
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).anyMatch(n -> n.contains("2000"));
        assertThat(opinion.getValue()).hasSize(2001);
        assertThat(as(unit.legal(), () -> reports.view(report)).step()).isEqualTo(Step.LEGAL_REVIEW);

        _setValue(opinion, "意".repeat(2000));
        Browserless.confirmDialog();
        assertThat(as(unit.legal(), () -> reports.view(report)).step()).isEqualTo(Step.LEADER_SIGNOFF);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static int indexOf(Component c) {
        return c.getParent().orElseThrow().getElement().indexOfChild(c.getElement());
    }
}
