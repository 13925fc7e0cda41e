package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.importing.Fixtures;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The report's content in the workspace: import dialog, live compliance findings, Word and PDF downloads. */
@UiSpringTest
class ReportContentUiTests {

    private static final String FIXTURE = "004_39d45cfeb246675f.txt";

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
    void a_drafter_imports_a_docx_moves_a_heading_to_another_part_and_accepts() {
        TestUnit unit = data.unit("长岭镇");
        Long report = data.openEmptyReport(2021, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.click("action-import");
        _upload(_get(Upload.class, s -> s.withId("import-upload")), "长岭镇.docx", Fixtures.docx(Fixtures.text(FIXTURE)));

        // the mapping as proposed: headings.tsv says line 2 → 1, 16 → 2, 18 → 4
        assertThat(select(2).getValue()).isEqualTo(Part.MEASURES);
        assertThat(select(16).getValue()).isEqualTo(Part.SHORTCOMINGS);
        assertThat(select(18).getValue()).isEqualTo(Part.NEXT_YEAR);
        assertThat(_get(VerticalLayout.class, s -> s.withId("import-preview"))
                        .getElement()
                        .getTextRecursively())
                .contains("第 18 行  三、下一步工作打算")
                .contains("持续提升政务服务效能");
        // each heading says how sure the mapping is and which words decided it
        assertThat(_get(Span.class, s -> s.withId("import-why-18")).getElement().getTextRecursively())
                .contains("置信度")
                .contains("下一步");
        assertThat(as(unit.drafter(), () -> reports.view(report)).version()).isEqualTo(1);

        _setValue(select(18), Part.RECTIFICATION);
        Browserless.click("import-accept");

        assertThat(Browserless.notifications()).contains("已导入，并保存为新版本。");
        ReportView imported = as(unit.drafter(), () -> reports.view(report));
        assertThat(imported.version()).isEqualTo(2);
        assertThat(imported.parts().get(Part.RECTIFICATION).text())
                .startsWith("三、下一步工作打算")
                .contains("持续提升政务服务效能");
        assertThat(text(imported, Part.NEXT_YEAR)).isEmpty();
        assertThat(imported.parts().get(Part.SHORTCOMINGS).text()).startsWith("二、存在的问题");
        // the workspace shows the imported text
        assertThat(_get(TextArea.class, s -> s.withId("part-R")).getValue()).startsWith("三、下一步工作打算");
    }

    @Test
    void a_broken_file_is_explained_in_the_dialog_and_nothing_is_stored() {
        TestUnit unit = data.unit("北塘镇");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);
        byte[] docx = Fixtures.docx(Fixtures.text(FIXTURE));

        Browserless.click("action-import");
        _upload(_get(Upload.class, s -> s.withId("import-upload")), "坏文件.docx", Arrays.copyOf(docx, docx.length / 2));

        Paragraph error = _get(Paragraph.class, s -> s.withId("import-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Word 文件已损坏或不完整");
        assertThat(_get(Button.class, s -> s.withId("import-accept")).isEnabled())
                .isFalse();

        _upload(
                _get(Upload.class, s -> s.withId("import-upload")),
                "empty.txt",
                "   \n".getBytes(StandardCharsets.UTF_8));
        assertThat(error.getText()).isEqualTo("文件为空或没有可导入的文字。");

        _upload(_get(Upload.class, s -> s.withId("import-upload")), "huge.txt", new byte[20 * 1024 * 1024]);
        assertThat(error.getText()).isEqualTo("文件超过 10 MB 的上限。");

        ReportView unchanged = as(unit.drafter(), () -> reports.view(report));
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(unchanged.parts().get(Part.MEASURES).text()).contains("强化组织领导");
    }

    @Test
    void only_the_drafter_at_an_editable_step_is_offered_the_import() {
        TestUnit unit = data.unit("南塘镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        Browserless.openReport(ctx, unit.drafter(), report);
        assertThat(_find(Button.class, s -> s.withId("action-import"))).isEmpty();
        Browserless.stop();

        Browserless.openReport(ctx, unit.legal(), report);
        assertThat(_find(Button.class, s -> s.withId("action-import"))).isEmpty();
    }

    @Test
    void each_part_shows_its_findings_and_they_update_while_the_drafter_types() {
        TestUnit unit = data.unit("西塘镇");
        Long report = data.openEmptyReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        assertThat(codes("3")).contains("part.missing");
        assertThat(findings("3")).contains("问题：");
        assertThat(codes("R")).isEmpty();

        _setValue(_get(TextArea.class, s -> s.withId("part-3")), "党政主要负责人认真履行推进法治建设第一责任人职责，主持专题会议3次。");
        assertThat(codes("3")).doesNotContain("part.missing");
        assertThat(codes("1")).contains("part.missing");

        // next year's plans that speak of the wrong year are flagged as typed
        _setValue(_get(TextArea.class, s -> s.withId("part-4")), "2025年将加强执法队伍建设。");
        assertThat(codes("4")).isNotEmpty().doesNotContain("part.missing");
        // nothing was saved by checking
        assertThat(as(unit.drafter(), () -> reports.view(report)).version()).isEqualTo(1);
    }

    @Test
    void the_report_downloads_as_word_and_as_pdf_with_its_text() throws Exception {
        TestUnit unit = data.unit("东塘镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);

        byte[] docx = _download(_get(Anchor.class, s -> s.withId("export-docx")));
        assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdf = _download(_get(Anchor.class, s -> s.withId("export-pdf")));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", ""))
                    .contains("东塘镇")
                    .contains("强化组织领导");
        }
    }

    @SuppressWarnings("unchecked")
    private static Select<Part> select(int line) {
        return _get(Select.class, s -> s.withId("map-" + line));
    }

    private static String findings(String part) {
        return _get(Div.class, s -> s.withId("findings-" + part)).getElement().getTextRecursively();
    }

    private static List<String> codes(String part) {
        return _get(Div.class, s -> s.withId("findings-" + part))
                .getChildren()
                .map(c -> c.getElement().getAttribute("data-code"))
                .toList();
    }

    private static String text(ReportView view, Part part) {
        return view.parts().containsKey(part) ? view.parts().get(part).text() : "";
    }
}
