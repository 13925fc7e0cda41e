package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ImportMerge;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.VersionInfo;
import org.reportcycle.report.importing.Fixtures;
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
 * An import never empties a part the file lacks unless the drafter chooses it, says per part what will change
 * and names a year mismatch before anything is stored; an earlier version can be restored while drafting.
 */
@UiSpringTest
class ImportMergeAndRestoreTests {

    /** 草滩街道's 2024 report: parts 1, 2 and 4, no part on the first responsible person. */
    private static final String WITHOUT_PART_THREE = "000_aaa4a6a9c2eb3240.txt";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_file_without_part_three_keeps_the_drafters_part_three_and_the_year_mismatch_shows_first() {
        TestUnit unit = data.unit("合并保留街道");
        Long report = data.openReport(2382, unit);
        String partThree = text(as(unit.drafter(), () -> reports.view(report)), Part.FIRST_RESPONSIBLE);
        Browserless.openReport(ctx, unit.drafter(), report);

        upload();

        assertThat(_get(Span.class, s -> s.withId("import-year-mismatch")).getText())
                .contains("2024")
                .contains("2382");
        assertThat(merge(Part.FIRST_RESPONSIBLE).getValue()).isEqualTo(ImportMerge.KEEP);
        assertThat(_get(Span.class, s -> s.withId("merge-facts-3")).getText()).contains("文件中没有这一部分");
        _assertNone(Span.class, s -> s.withId("merge-emptied-3"));
        assertThat(merge(Part.MEASURES).getValue()).isEqualTo(ImportMerge.REPLACE);
        assertThat(as(unit.drafter(), () -> reports.view(report)).version())
                .as("nothing stored yet")
                .isEqualTo(1);

        Browserless.click("import-accept");

        ReportView imported = as(unit.drafter(), () -> reports.view(report));
        assertThat(imported.version()).isEqualTo(2);
        assertThat(text(imported, Part.FIRST_RESPONSIBLE)).isEqualTo(partThree);
        assertThat(text(imported, Part.MEASURES)).contains("法治政府建设工作情况");
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'report.imported'",
                        String.class,
                        report))
                .contains("\"3\":\"KEEP\"")
                .contains("\"1\":\"REPLACE\"");
    }

    @Test
    void the_drafter_may_choose_to_empty_a_part_or_append_the_files_text() {
        TestUnit unit = data.unit("合并选择街道");
        Long report = data.openReport(2383, unit);
        ReportView before = as(unit.drafter(), () -> reports.view(report));
        Browserless.openReport(ctx, unit.drafter(), report);

        upload();
        _setValue(merge(Part.FIRST_RESPONSIBLE), ImportMerge.REPLACE);
        assertThat(_get(Span.class, s -> s.withId("merge-emptied-3")).isVisible())
                .isTrue();
        _setValue(merge(Part.SHORTCOMINGS), ImportMerge.APPEND);
        Browserless.click("import-accept");

        ReportView imported = as(unit.drafter(), () -> reports.view(report));
        assertThat(text(imported, Part.FIRST_RESPONSIBLE)).isEmpty();
        assertThat(text(imported, Part.SHORTCOMINGS))
                .startsWith(text(before, Part.SHORTCOMINGS))
                .contains("推进法治建设工作中存在的问题");
    }

    @Test
    void the_drafter_restores_an_earlier_version_as_a_new_one_after_confirming() {
        TestUnit unit = data.unit("恢复版本街道");
        Long report = data.openReport(2384, unit);
        String original = text(as(unit.drafter(), () -> reports.view(report)), Part.MEASURES);
        data.write(unit, report, Map.of(Part.MEASURES, "改坏了的第一部分"));
        Browserless.openReport(ctx, unit.drafter(), report);

        assertThat(restoreCell(0)).as("the current version").isNotInstanceOf(Button.class);
        _click((Button) restoreCell(1));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("restore-confirm"));
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(as(unit.drafter(), () -> reports.view(report)).version()).isEqualTo(2);

        _click((Button) restoreCell(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("restore-confirm")));

        ReportView restored = as(unit.drafter(), () -> reports.view(report));
        assertThat(restored.version()).isEqualTo(3);
        assertThat(text(restored, Part.MEASURES)).isEqualTo(original);
        assertThat(Browserless.notifications()).contains("已恢复第 1 版，另存为新版本。");
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'report.restored'",
                        String.class,
                        report))
                .contains("\"restoredFrom\":1");
    }

    @Test
    void restoring_is_offered_to_the_drafter_only_while_drafting() {
        TestUnit unit = data.unit("不可恢复街道");
        Long report = data.openReport(2384, unit);
        data.write(unit, report, Map.of(Part.MEASURES, "第二版的第一部分"));
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        Browserless.openReport(ctx, unit.drafter(), report);
        assertThat(versions().getColumnByKey("restore")).isNull();
        Browserless.stop();
        Browserless.openReport(ctx, unit.legal(), report);
        assertThat(versions().getColumnByKey("restore")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Grid<VersionInfo> versions() {
        Browserless.openPanel("版本历史");
        return _get(Grid.class, s -> s.withId("versions"));
    }

    /** The restore cell of the version history's row (newest first). */
    private static Component restoreCell(int row) {
        return GridKt._getCellComponent(versions(), row, "restore");
    }

    private static void upload() {
        Browserless.click("action-import");
        _upload(
                _get(Upload.class, s -> s.withId("import-upload")),
                "草滩街道2024.txt",
                Fixtures.text(WITHOUT_PART_THREE).getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Select<ImportMerge> merge(Part part) {
        return _get(Select.class, s -> s.withId("merge-" + part.code()));
    }

    private static String text(ReportView view, Part part) {
        return view.parts().containsKey(part) ? view.parts().get(part).text() : "";
    }
}
