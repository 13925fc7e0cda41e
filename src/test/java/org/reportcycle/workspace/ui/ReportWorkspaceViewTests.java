package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.ui.ActionDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class ReportWorkspaceViewTests {

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
    void the_workspace_shows_every_part_with_its_completeness_mark_and_who_may_act() {
        TestUnit unit = data.unit("北城街道");
        Long report = data.openEmptyReport(2026, unit);

        Browserless.openReport(ctx, unit.drafter(), report);

        assertThat(_get(H2.class, s -> s.withId("report-title")).getText()).isEqualTo("北城街道2026年法治政府建设年度报告");
        assertThat(text("report-step")).isEqualTo("当前环节：起草");
        assertThat(text("report-actors")).isEqualTo("可办理人：北城街道起草人");
        assertThat(_find(
                        TextArea.class,
                        s -> s.withPredicate(t -> t.getId().orElse("").startsWith("part-"))))
                .hasSize(Part.values().length);
        assertThat(text("mark-1")).isEqualTo("未填写");
        assertThat(text("mark-R")).isEqualTo("选填");
    }

    @Test
    void a_drafter_saves_a_part_and_submits_the_report_to_legal_review() {
        TestUnit unit = data.unit("中山街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        _setValue(part("1"), "一年来，街道坚持依法行政。");
        Browserless.click("save-parts");

        assertThat(Browserless.notifications()).contains("已保存。");
        assertThat(text("mark-1")).isEqualTo("已填写");
        assertThat(as(unit.drafter(), () -> reports.view(report))
                        .parts()
                        .get(Part.MEASURES)
                        .text())
                .isEqualTo("一年来，街道坚持依法行政。");

        Browserless.click("action-submit");
        Browserless.confirmDialog();

        assertThat(text("report-step")).isEqualTo("当前环节：合法性审查");
        assertThat(Browserless.notifications()).contains("已提交合法性审查。");
        assertThat(part("1").isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("save-parts"));
        _assertNone(Button.class, s -> s.withId("action-submit"));
        assertThat(as(unit.drafter(), () -> reports.view(report)).step()).isEqualTo(Step.LEGAL_REVIEW);
    }

    @Test
    void submitting_with_unsaved_text_asks_to_save_first_and_submits_nothing() {
        TestUnit unit = data.unit("新华街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        _setValue(part("2"), "尚未保存的不足分析");
        Browserless.click("action-submit");

        assertThat(Browserless.notifications()).containsExactly("正文有未保存的修改，请先保存再办理。");
        _assertNone(ActionDialog.class);
        assertThat(as(unit.drafter(), () -> reports.view(report)).step()).isEqualTo(Step.DRAFT);
    }

    @Test
    void a_save_over_someone_elses_newer_text_is_refused_and_keeps_what_the_user_typed() {
        TestUnit unit = data.unit("中华街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        long loaded = as(unit.drafter(), () -> reports.view(report))
                .parts()
                .get(Part.MEASURES)
                .rowVersion();
        as(unit.drafter(), () -> reports.save(report, Map.of(Part.MEASURES, new PartEdit("同事的版本", loaded)), null));
        _setValue(part("1"), "我的版本");
        Browserless.click("save-parts");

        // the conflict dialog shows both texts side by side (PartConflictUiTests goes on from here)
        assertThat(_get(TextArea.class, s -> s.withId("conflict-theirs")).getValue())
                .isEqualTo("同事的版本");
        assertThat(_get(TextArea.class, s -> s.withId("conflict-yours")).getValue())
                .isEqualTo("我的版本");
        assertThat(part("1").getValue()).isEqualTo("我的版本");
        assertThat(as(unit.drafter(), () -> reports.view(report))
                        .parts()
                        .get(Part.MEASURES)
                        .text())
                .isEqualTo("同事的版本");
    }

    @Test
    void a_drafter_of_another_unit_is_refused_and_sees_nothing_of_the_report() {
        TestUnit owner = data.unit("解放街道");
        TestUnit stranger = data.unit("胜利街道");
        Long report = data.openReport(2026, owner);

        Browserless.start(ctx, stranger.drafter(), false);
        Browserless.navigate("reports/" + report);

        assertThat(Browserless.notifications()).containsExactly("您无权执行此操作。");
        assertThat(_get(Paragraph.class, s -> s.withId("workspace-unavailable")))
                .isNotNull();
        _assertNone(TextArea.class);
        _assertNone(H2.class, s -> s.withId("report-title"));
    }

    @Test
    void a_report_that_does_not_exist_is_reported_as_not_found() {
        TestUnit unit = data.unit("人民街道");
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("reports/987654321");

        assertThat(Browserless.notifications()).containsExactly("找不到该报告（987654321），或您无权查看。");
        _assertNone(TextArea.class);
    }

    static String text(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    static TextArea part(String code) {
        return _get(TextArea.class, s -> s.withId("part-" + code));
    }
}
