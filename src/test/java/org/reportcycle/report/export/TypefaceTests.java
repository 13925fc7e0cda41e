package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/** The faces GB/T 9704 asks for, read back from generated PDFs glyph by glyph. */
class TypefaceTests {

    static final String SONG = "NotoSerifSC-Regular";
    static final String XIAOBIAOSONG = "NotoSerifSC-Bold";
    static final String HEI = "NotoSansSC-Medium";
    static final String KAI = "UKaiCN";
    static final String FANG = "FandolFang-Regular";

    /** 瑷 (GB 2312 level 2): in the Song file, not in the per-level faces, which hold level 1 only. */
    private static final String RARE = "瑷";

    private final ReportExporter exporter = new ReportExporter();

    @Test
    void the_title_headings_and_body_are_set_in_the_standard_faces() throws IOException {
        byte[] pdf = exporter.toPdf(document("某市司法局2025年法治政府建设年度报告", """
                一、主要举措和成效
                （一）健全依法决策机制。全年审查重大行政决策事项十二件。
                今年以来，我局坚持以习近平法治思想为指导，全面推进依法行政。
                """));
        Files.write(Files.createDirectories(Path.of("target", "doc-images")).resolve("typefaces.pdf"), pdf);

        List<Line> lines = lines(pdf);

        assertThat(line(lines, "某市司法局").fonts()).containsOnly(XIAOBIAOSONG);
        assertThat(line(lines, "一、主要举措和成效").fonts()).containsOnly(HEI);
        Line sub = line(lines, "（一）健全依法决策机制。");
        assertThat(sub.fontsOf("（一）健全依法决策机制")).containsOnly(KAI);
        // AR PL UKai centres its full stop the Taiwan way; the mainland mark comes from Song
        assertThat(sub.fontsOf("。")).containsOnly(SONG);
        assertThat(sub.fontsOf("全年审查")).containsOnly(FANG);
        assertThat(line(lines, "今年以来").fonts()).containsOnly(FANG);
        assertThat(line(lines, "—1—").fonts()).containsOnly(SONG);
    }

    @Test
    void a_character_a_face_lacks_is_drawn_in_song_not_as_a_square() throws IOException {
        int rare = RARE.codePointAt(0);
        assertThat(Typeface.SONG.has(rare)).isTrue();
        assertThat(Typeface.HEI.has(rare) || Typeface.KAI.has(rare) || Typeface.FANG.has(rare))
                .isFalse();
        byte[] pdf = exporter.toPdf(document("关于" + RARE + "珲的报告", """
                一、%1$s珲市工作情况
                （一）%1$s珲片区。
                正文提到%1$s珲。
                """.formatted(RARE)));

        List<Line> lines = lines(pdf);

        assertThat(lines).noneMatch(l -> l.text().contains("□"));
        Line title = line(lines, "关于" + RARE);
        assertThat(title.fontsOf(RARE)).containsOnly(SONG);
        assertThat(title.fontsOf("关于")).containsOnly(XIAOBIAOSONG);
        Line heading = line(lines, "一、" + RARE);
        assertThat(heading.fontsOf(RARE)).containsOnly(SONG);
        assertThat(heading.fontsOf("一、")).containsOnly(HEI);
        assertThat(heading.fontsOf("市工作情况")).containsOnly(HEI);
        assertThat(line(lines, "（一）" + RARE).fontsOf(RARE)).containsOnly(SONG);
        assertThat(line(lines, "正文提到").fontsOf(RARE)).containsOnly(SONG);
        assertThat(line(lines, "正文提到").fontsOf("正文提到")).containsOnly(FANG);
    }

    @Test
    void the_approval_sheet_has_its_title_in_xiaobiaosong_and_its_heads_in_hei() throws IOException {
        ApprovalSheet sheet = new ApprovalSheet(
                "法治政府建设年度报告审批单",
                List.of(new ApprovalSheet.Fact("单位", "某市司法局")),
                List.of(new ApprovalSheet.Row("拟稿", "提交审核", "张三", "2025-03-01")),
                "本单由系统生成");

        List<Line> lines = lines(exporter.approvalSheetPdf(sheet));

        assertThat(line(lines, "法治政府建设年度报告审批单").fonts()).containsOnly(XIAOBIAOSONG);
        assertThat(line(lines, "事").fonts()).containsOnly(HEI);
        Line row = line(lines, "拟稿");
        assertThat(row.fontsOf("拟稿")).containsOnly(HEI);
        assertThat(row.fontsOf("提交审核")).containsOnly(FANG);
    }

    private static ExportDocument document(String title, String text) {
        return new ExportDocument(
                title, "某市司法局", LocalDate.of(2025, 3, 20), new ReportText("", Map.of(Part.OTHER, text)));
    }

    /** A line of text without spaces and, for each of its chars, the face it was drawn in (subset prefix removed). */
    record Line(String text, List<String> fontPerChar) {

        Set<String> fonts() {
            return new TreeSet<>(fontPerChar);
        }

        Set<String> fontsOf(String piece) {
            int at = text.indexOf(piece);
            assertThat(at).as("%s in %s", piece, text).isNotNegative();
            return new TreeSet<>(fontPerChar.subList(at, at + piece.length()));
        }
    }

    static Line line(List<Line> lines, String start) {
        return lines.stream()
                .filter(l -> l.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in " + lines));
    }

    /** The PDF's lines with the font of every glyph, as PDFBox's text extraction sees them. */
    static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder text = new StringBuilder();
            private final List<String> fonts = new ArrayList<>();

            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    String unicode = p.getUnicode();
                    if (unicode.isBlank()) {
                        continue;
                    }
                    text.append(unicode);
                    String name = p.getFont().getName();
                    for (int i = 0; i < unicode.length(); i++) {
                        fonts.add(name.substring(name.indexOf('+') + 1));
                    }
                }
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void writePageEnd() {
                flush();
            }

            private void flush() {
                if (!text.isEmpty()) {
                    lines.add(new Line(text.toString(), List.copyOf(fonts)));
                }
                text.setLength(0);
                fonts.clear();
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        return lines;
    }
}
