package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

class ReportExporterTests {

    private final ReportExporter exporter = new ReportExporter();

    static Stream<FixtureReports.Fixture> fixtures() {
        return FixtureReports.all().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void the_pdf_of_a_real_report_holds_its_title_headings_and_every_paragraph_in_order(FixtureReports.Fixture f)
            throws IOException {
        ExportDocument doc = document(f);

        String pdf = squeeze(pdfText(exporter.toPdf(doc)));

        assertThat(pdf).startsWith(squeeze(doc.title()));
        assertInOrder(pdf, expectedParagraphs(doc.text()));
        assertThat(pdf).contains(f.unit() + "2025年2月20日");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void the_docx_of_a_real_report_has_the_title_first_and_one_paragraph_per_line(FixtureReports.Fixture f)
            throws IOException {
        ExportDocument doc = document(f);

        List<String> paragraphs = docxParagraphs(exporter.toDocx(doc));

        assertThat(paragraphs.getFirst()).isEqualTo(doc.title());
        List<String> expected = expectedParagraphs(doc.text());
        List<String> bare =
                paragraphs.stream().map(ReportExporterTests::withoutNumber).toList();
        int from = 1;
        for (String line : expected) {
            int at = bare.subList(from, bare.size()).indexOf(line);
            assertThat(at).as("paragraph «%s» after paragraph %d", line, from).isNotNegative();
            from += at + 1;
        }
        assertThat(paragraphs.subList(paragraphs.size() - 2, paragraphs.size()))
                .containsExactly(f.unit(), "2025年2月20日");
    }

    @Test
    void parts_without_their_own_heading_get_the_statutory_heading_numbered_in_document_order() throws IOException {
        ReportText text = new ReportText(
                "某街道2024年法治政府建设年度报告",
                Map.of(
                        Part.NEXT_YEAR, "继续推进。",
                        Part.MEASURES, "一、主要举措\n（一）强化领导。成立领导小组。\n加强学习。",
                        Part.SHORTCOMINGS, "存在不足。"));
        ExportDocument doc = new ExportDocument(null, "某街道办事处", LocalDate.of(2025, 2, 20), text);

        List<String> paragraphs = docxParagraphs(exporter.toDocx(doc));

        assertThat(paragraphs)
                .containsExactly(
                        "某街道2024年法治政府建设年度报告",
                        "一、主要举措",
                        "（一）强化领导。成立领导小组。",
                        "加强学习。",
                        "二、" + Part.SHORTCOMINGS.titleZh(),
                        "存在不足。",
                        "三、" + Part.NEXT_YEAR.titleZh(),
                        "继续推进。",
                        "某街道办事处",
                        "2025年2月20日");
        assertThat(squeeze(pdfText(exporter.toPdf(doc))))
                .contains("二、" + Part.SHORTCOMINGS.titleZh(), "三、" + Part.NEXT_YEAR.titleZh());
    }

    @Test
    void markup_in_the_text_is_printed_literally() throws IOException {
        String markup = "<script>alert(1)</script> & <b>粗体</b> &amp;";
        ReportText text = new ReportText("<i>标题</i>", Map.of(Part.MEASURES, markup));
        ExportDocument doc = new ExportDocument(null, "单位", LocalDate.of(2025, 1, 5), text);

        assertThat(docxParagraphs(exporter.toDocx(doc))).contains("<i>标题</i>", markup);
        assertThat(pdfText(exporter.toPdf(doc))).contains("<i>标题</i>", markup);
    }

    @Test
    void the_pdf_embeds_subsets_of_the_five_faces() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(exporter.toPdf(document(FixtureReports.largest())))) {
            PDPage page = pdf.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(5).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName())
                        .matches(
                                "[A-Z]{6}\\+(NotoSerifSC-Regular|NotoSerifSC-Bold|NotoSansSC-Medium|UKaiCN|FandolFang-Regular)");
                PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
                assertThat(cid.getFontDescriptor().getFontFile2()).isNotNull();
            });
        }
    }

    @Test
    void a_long_report_runs_over_several_numbered_pages() throws IOException {
        byte[] bytes = exporter.toPdf(document(FixtureReports.largest()));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text).contains("—" + page + "—");
            }
        }
        assertThat(bytes.length).as("only the glyphs used are embedded").isLessThan(1_500_000);
    }

    @Test
    void characters_the_font_lacks_print_as_a_white_square_instead_of_failing() throws IOException {
        // U+2A6A5 is a rare extension-B character, U+1F600 an emoji: neither is in GB 2312
        String text = "罕见字\uD869\uDEA5与表情\uD83D\uDE00，全角ＡＢＣ。";
        ExportDocument doc = new ExportDocument("标题", "", null, new ReportText("", Map.of(Part.OTHER, text)));

        String pdf = squeeze(pdfText(exporter.toPdf(doc)));

        assertThat(pdf).contains("罕见字□与表情□，");
        assertThat(pdf).contains("全角").contains("。");
    }

    @Test
    void the_largest_report_exports_well_under_a_second_once_warm() {
        ExportDocument doc = document(FixtureReports.largest());
        for (int i = 0; i < 3; i++) {
            exporter.toPdf(doc);
            exporter.toDocx(doc);
        }

        long pdf = medianMillis(() -> exporter.toPdf(doc));
        long docx = medianMillis(() -> exporter.toDocx(doc));

        // the target is 1 s on a noisy 2-core machine; a warm export takes tens of milliseconds
        assertThat(pdf).isLessThan(1_000);
        assertThat(docx).isLessThan(1_000);
    }

    @Test
    void concurrent_exports_do_not_share_font_state() throws Exception {
        List<ExportDocument> docs =
                FixtureReports.all().stream().map(ReportExporterTests::document).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> texts = new ArrayList<>();
            for (ExportDocument doc : docs) {
                texts.add(pool.submit(() -> squeeze(pdfText(exporter.toPdf(doc)))));
            }
            for (int i = 0; i < docs.size(); i++) {
                assertThat(texts.get(i).get()).startsWith(squeeze(docs.get(i).title()));
            }
        }
    }

    private static long medianMillis(Runnable export) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            export.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    static ExportDocument document(FixtureReports.Fixture f) {
        return new ExportDocument(null, f.unit(), LocalDate.of(2025, 2, 20), f.text());
    }

    /** Every line of every part, stripped of "一、" numbering because the export renumbers headings. */
    static List<String> expectedParagraphs(ReportText text) {
        List<String> lines = new ArrayList<>();
        for (Part part : Part.documentOrder()) {
            text.part(part)
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(ReportExporterTests::withoutNumber)
                    .forEach(lines::add);
        }
        return lines;
    }

    static String withoutNumber(String line) {
        return Headings.withoutNumber(line);
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    static List<String> docxParagraphs(byte[] bytes) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    /** Whitespace and page numbers removed: line breaks fall anywhere in Chinese text. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    private static void assertInOrder(String haystack, List<String> needles) {
        int from = 0;
        for (String needle : needles) {
            int at = haystack.indexOf(squeeze(needle), from);
            assertThat(at).as("«%s» after offset %d", needle, from).isNotNegative();
            from = at + squeeze(needle).length();
        }
    }
}
