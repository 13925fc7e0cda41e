package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

class ReportImporterTests {

    private static final Map<String, String> TITLES = Map.of(
            "000_aaa4a6a9c2eb3240.txt", "草滩街道2024年法治政府建设工作报告",
            "003_3725393f08df0ce2.txt", "天津市西青区西营门街道办事处2021年度法治政府建设情况报告");

    private final ReportImporter importer = new ReportImporter();

    static Stream<String> fixtures() {
        return Fixtures.FILES.stream();
    }

    /** "line|part|heading" rows, comparable in one assertion with a readable diff. */
    static List<String> rows(List<ClassifiedHeading> headings) {
        return headings.stream()
                .map(h -> h.line() + "|" + h.part().code() + "|" + h.text())
                .toList();
    }

    static List<String> expectedRows(String file) {
        return Fixtures.expected().get(file).stream()
                .map(e -> e.line() + "|" + e.part() + "|" + e.heading())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixture_yields_exactly_the_headings_lines_and_parts_of_headings_tsv(String file) {
        ImportPreview preview = importer.preview(file, Fixtures.bytes(file));

        assertThat(rows(preview.headings())).containsExactlyElementsOf(expectedRows(file));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixture_title_year_and_unit_are_detected(String file) {
        Fixtures.Expected expected = Fixtures.expected().get(file).get(0);

        ImportPreview preview = importer.preview(file, Fixtures.bytes(file));

        assertThat(preview.title()).isEqualTo(TITLES.get(file));
        assertThat(preview.year()).isEqualTo(expected.year());
        assertThat(preview.unit()).isEqualTo(expected.unit());
        assertThat(preview.text().title()).isEqualTo(TITLES.getOrDefault(file, ""));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void docx_built_from_a_fixture_gives_the_same_mapping_and_text(String file) {
        ImportPreview fromText = importer.preview(file, Fixtures.bytes(file));

        ImportPreview fromDocx = importer.preview("report.docx", Fixtures.docx(Fixtures.text(file)));

        assertThat(rows(fromDocx.headings())).containsExactlyElementsOf(expectedRows(file));
        assertThat(fromDocx.text()).isEqualTo(fromText.text());
        assertThat(fromDocx.unit()).isEqualTo(fromText.unit());
    }

    @Test
    void fixture_000_has_no_part_three_and_says_so() {
        ImportPreview preview = importer.preview("000.txt", Fixtures.bytes("000_aaa4a6a9c2eb3240.txt"));

        assertThat(preview.text().parts()).containsOnlyKeys(Part.MEASURES, Part.SHORTCOMINGS, Part.NEXT_YEAR);
        assertThat(preview.notes()).anyMatch(n -> n.contains("no heading for part 3"));
    }

    @Test
    void preamble_goes_to_part_one_and_heading_lines_stay_inside_their_part() {
        ImportPreview preview = importer.preview("000.txt", Fixtures.bytes("000_aaa4a6a9c2eb3240.txt"));

        List<String> measures = preview.text().part(Part.MEASURES).lines().toList();
        assertThat(measures.get(0)).startsWith("2024年以来,草滩街道办事处坚持");
        assertThat(measures.get(1)).isEqualTo("一、法治政府建设工作情况");
        assertThat(measures).hasSize(6).noneMatch(String::isBlank);
        assertThat(preview.text().part(Part.NEXT_YEAR).lines().toList()).first().isEqualTo("三、下一步工作");
    }

    @Test
    void fixture_001_lifted_part_three_ends_at_the_next_sibling_sub_heading() {
        ImportPreview preview = importer.preview("001.txt", Fixtures.bytes("001_f39577f806f3e96e.txt"));

        assertThat(preview.text().part(Part.FIRST_RESPONSIBLE).lines().toList())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("(三)2024年度党政主要负责人履行");
        assertThat(preview.text().part(Part.MEASURES)).contains("(四)完善法治政府建设推进机制");
        assertThat(preview.text().part(Part.RECTIFICATION)).startsWith("十、2023年法治政府建设存在问题改进情况");
    }

    @Test
    void parts_in_another_order_still_get_their_own_text() {
        ImportPreview preview = importer.preview("003.txt", Fixtures.bytes("003_3725393f08df0ce2.txt"));

        assertThat(preview.text().part(Part.FIRST_RESPONSIBLE))
                .startsWith("二、履行第一责任人职责情况")
                .contains("（2） 加强与专业部门的沟通联系")
                .doesNotContain("工作中存在的问题");
        assertThat(preview.text().part(Part.NEXT_YEAR)).contains("3.加大普法力度").doesNotContain("bookmark");
    }

    @Test
    void assemble_moves_a_heading_and_its_text_to_the_corrected_part() {
        ImportPreview preview = importer.preview("004.txt", Fixtures.bytes("004_39d45cfeb246675f.txt"));

        ReportText corrected = importer.assemble(preview, Map.of(16, Part.OTHER));

        assertThat(corrected.parts()).doesNotContainKey(Part.SHORTCOMINGS);
        assertThat(corrected.part(Part.OTHER)).startsWith("二、存在的问题");
        assertThat(corrected.part(Part.MEASURES)).isEqualTo(preview.text().part(Part.MEASURES));
        assertThat(importer.assemble(preview, Map.of())).isEqualTo(preview.text());
    }

    @Test
    void gb18030_encoded_fixture_imports_like_the_utf8_one() {
        String file = "003_3725393f08df0ce2.txt";
        byte[] gb = Fixtures.text(file).getBytes(java.nio.charset.Charset.forName("GB18030"));

        ImportPreview preview = importer.preview(file, gb);

        assertThat(rows(preview.headings())).containsExactlyElementsOf(expectedRows(file));
        assertThat(preview.text())
                .isEqualTo(importer.preview(file, Fixtures.bytes(file)).text());
        assertThat(preview.notes()).anyMatch(n -> n.contains("GB18030"));
    }

    @Test
    void utf8_bom_and_windows_line_endings_keep_the_line_numbers() {
        String file = "000_aaa4a6a9c2eb3240.txt";
        String crlf = "\uFEFF" + Fixtures.text(file).replace("\n", "\r\n");

        ImportPreview preview = importer.preview(file, crlf.getBytes(StandardCharsets.UTF_8));

        assertThat(rows(preview.headings())).containsExactlyElementsOf(expectedRows(file));
        assertThat(preview.title()).isEqualTo(TITLES.get(file));
    }

    @Test
    void docx_with_the_report_inside_a_table_is_read() {
        List<String> lines = Fixtures.text("002_7fff814117d48ac1.txt").lines().toList();

        ImportPreview preview = importer.preview("table.docx", TestDocs.docxInTable(lines));

        assertThat(rows(preview.headings())).containsExactlyElementsOf(expectedRows("002_7fff814117d48ac1.txt"));
    }

    @Test
    void word_list_numbering_counts_as_heading_numbers() {
        byte[] docx = TestDocs.docxWithListNumbering(List.of(
                "长岭镇2024年法治政府建设年度报告",
                "2024年以来，长岭镇坚持依法行政。",
                "#主要举措和成效",
                "全年开展普法活动12场。",
                "#存在的不足和原因",
                "执法力量薄弱。",
                "#党政主要负责人履行推进法治建设第一责任人职责情况",
                "亲自部署。",
                "#2025年工作安排",
                "加强培训。"));

        ImportPreview preview = importer.preview("numbered.docx", docx);

        assertThat(rows(preview.headings()))
                .containsExactly(
                        "3|1|一、主要举措和成效", "5|2|二、存在的不足和原因",
                        "7|3|三、党政主要负责人履行推进法治建设第一责任人职责情况", "9|4|四、2025年工作安排");
    }

    static Stream<Arguments> namedAsDocxButText() {
        return Stream.of(Arguments.of("report.docx"), Arguments.of("report.doc"), Arguments.of((String) null));
    }

    @ParameterizedTest
    @MethodSource("namedAsDocxButText")
    void the_content_decides_the_type_not_the_file_name(String name) {
        ImportPreview preview = importer.preview(name, Fixtures.bytes("002_7fff814117d48ac1.txt"));

        assertThat(rows(preview.headings())).containsExactlyElementsOf(expectedRows("002_7fff814117d48ac1.txt"));
    }
}
