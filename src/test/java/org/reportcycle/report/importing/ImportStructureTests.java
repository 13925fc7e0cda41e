package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/**
 * Levels from the GB/T 9704 markers, the numbering styles of issue 16, explained confidence, and that no
 * text of an upload is ever lost.
 */
class ImportStructureTests {

    private final ReportImporter importer = new ReportImporter();

    private ImportPreview preview(String... lines) {
        return importer.preview("t.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<HeadingCandidate> detect(String line) {
        return HeadingDetector.detect(0, CleanLine.of(1, TextNormalizer.clean(line)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ⅱ、存在的不足和原因                  | HAN          | 2 | 存在的不足和原因
            Ⅻ. 2025年工作计划                    | HAN          | 12 | 2025年工作计划
            一，总体情况                          | HAN          | 1 | 总体情况
            一.2025年推进法治政府建设总体情况     | HAN          | 1 | 2025年推进法治政府建设总体情况
            【一、主要举措和成效】                | HAN          | 1 | 主要举措和成效
            **二、存在的问题**                    | HAN          | 2 | 存在的问题
            三、下一步工作打算：                  | HAN          | 3 | 下一步工作打算
            四、其他需要报告的情况。              | HAN          | 4 | 其他需要报告的情况
            第一章 主要工作                       | PART         | 1 | 主要工作
            二)强化组织领导                       | HAN_PAREN    | 2 | 强化组织领导
            1) 加强沟通                           | ARABIC_PAREN | 1 | 加强沟通
            2）加强沟通                           | ARABIC_PAREN | 2 | 加强沟通
            3.2024年度党政主要负责人履职情况      | ARABIC       | 3 | 2024年度党政主要负责人履职情况
            """)
    void numbering_styles_of_real_reports_are_headings(String line, HeadingStyle style, int number, String words) {
        assertThat(detect(line)).get().satisfies(c -> {
            assertThat(c.style()).isEqualTo(style);
            assertThat(c.number()).isEqualTo(number);
            assertThat(c.portion()).isEqualTo(words);
        });
    }

    @Test
    void a_single_top_level_heading_stays_the_top_level_above_many_sub_headings() {
        ImportPreview p = preview(
                "2024年，青山街道推进法治政府建设。",
                "一、2024年推进法治政府建设的主要举措和成效",
                "（一）强化组织领导",
                "成立领导小组。",
                "（二）规范行政执法",
                "执法到位。",
                "（三）深化普法宣传",
                "组织培训。");

        assertThat(ReportImporterTests.rows(p.headings())).containsExactly("2|1|一、2024年推进法治政府建设的主要举措和成效");
        assertThat(p.text().parts()).containsOnlyKeys(Part.MEASURES);
    }

    @Test
    void a_text_pasted_from_the_middle_is_numbered_from_three() {
        ImportPreview p = preview("三、存在的问题", "执法力量薄弱。", "（一）人员不足", "四、下一步工作打算", "加强培训。");

        assertThat(ReportImporterTests.rows(p.headings())).containsExactly("1|2|三、存在的问题", "4|4|四、下一步工作打算");
    }

    @Test
    void short_yi_shi_lines_are_the_headings_of_a_text_without_other_numbers() {
        ImportPreview p = preview("2024年，某镇推进法治建设。", "一是加强组织领导", "内容。", "二是存在的问题", "内容。", "三是下一步工作打算", "内容。");

        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly("2|1|一是加强组织领导", "4|2|二是存在的问题", "6|4|三是下一步工作打算");
    }

    @Test
    void heading_and_first_sentence_on_one_line_become_heading_and_paragraph() {
        ImportPreview p = preview("一、主要举措和成效。2024年以来，街道坚持依法行政。", "全年制定制度5项。", "二、存在的不足：执法力量薄弱。");

        assertThat(ReportImporterTests.rows(p.headings())).containsExactly("1|1|一、主要举措和成效", "3|2|二、存在的不足");
        assertThat(p.text().parts().get(Part.MEASURES)).isEqualTo("一、主要举措和成效\n2024年以来，街道坚持依法行政。\n全年制定制度5项。");
        assertThat(p.text().parts().get(Part.SHORTCOMINGS)).isEqualTo("二、存在的不足\n执法力量薄弱。");
    }

    @Test
    void each_heading_carries_a_confidence_and_the_words_that_decided() {
        ImportPreview p = preview("一、依法全面履行政府职能", "内容。", "二、存在的问题", "内容。", "三、坚持党的领导", "内容。", "四、2025年工作安排", "内容。");

        List<ClassifiedHeading> h = p.headings();
        assertThat(h)
                .extracting(ClassifiedHeading::part)
                .containsExactly(Part.MEASURES, Part.SHORTCOMINGS, Part.FIRST_RESPONSIBLE, Part.NEXT_YEAR);
        // a topic before the shortcomings is one of the measures: placed by position, fairly sure
        assertThat(h.get(0).basis()).isEqualTo(ClassifiedHeading.Basis.POSITION);
        assertThat(h.get(0).toConfirm()).isFalse();
        assertThat(h.get(1).words()).containsExactly("存在的问题", "问题");
        assertThat(h.get(1).confidence()).isGreaterThanOrEqualTo(80);
        // between the shortcomings and next year, with no part 3 named: part 3 by position, to confirm
        assertThat(h.get(2).basis()).isEqualTo(ClassifiedHeading.Basis.POSITION);
        assertThat(h.get(2).toConfirm()).isTrue();
        assertThat(h.get(3).words()).contains("工作安排");
    }

    @Test
    void a_numbered_heading_is_never_taken_for_the_title() {
        ImportPreview p = preview("一、2022年度推进法治政府建设的主要措施和成效", "（一）坚持全面依法治县，推进法治政府建设", "一是深入学习。");

        assertThat(p.title()).isNull();
        assertThat(p.text().parts().get(Part.MEASURES)).startsWith("一、2022年度推进法治政府建设的主要措施和成效\n（一）坚持全面依法治县");
    }

    @Test
    void web_page_leftovers_are_listed_as_unplaced_and_the_preamble_stays_in_part_one() {
        ImportPreview p = preview(
                "首页 > 政务公开 > 法治政府建设",
                "东湖街道2024年法治政府建设年度报告",
                "发布时间：2025-01-20",
                "2024年，东湖街道坚持依法行政。",
                "一、主要举措和成效",
                "制定制度。");

        assertThat(p.unplaced()).containsExactly("首页 > 政务公开 > 法治政府建设", "发布时间：2025-01-20");
        assertThat(p.text().parts().get(Part.MEASURES)).startsWith("2024年，东湖街道坚持依法行政。\n一、主要举措和成效");
    }

    static Stream<String> everyText() {
        List<String> texts = new ArrayList<>();
        Fixtures.FILES.forEach(f -> texts.add(Fixtures.text(f)));
        Corpus.reports().forEach(r -> texts.add(r.text()));
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("everyText")
    void every_line_of_fixtures_and_corpus_is_in_the_title_a_part_or_the_unplaced_list(String text) {
        ImportPreview p = importer.preview("t.txt", text.getBytes(StandardCharsets.UTF_8));
        ReportText out = p.text();
        String all = String.join("\n", out.parts().values());

        for (String line : text.split("\\R")) {
            String clean = TextNormalizer.clean(line);
            if (clean.isEmpty()) {
                continue;
            }
            boolean placed = all.lines().anyMatch(l -> l.equals(clean) || (l.length() >= 4 && clean.startsWith(l)))
                    || (p.title() != null && p.title().contains(clean))
                    || p.unplaced().contains(clean);
            assertThat(placed).as("line kept: %s", clean).isTrue();
        }
    }
}
