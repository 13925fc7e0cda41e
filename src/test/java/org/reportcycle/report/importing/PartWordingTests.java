package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wording real reports give each part, beyond the statutory titles: each heading, placed between a
 * measures heading and a closing heading, lands in its part by its words, and the preview names the
 * words that decided.
 */
class PartWordingTests {

    private final ReportImporter importer = new ReportImporter();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "“一把手”抓法治情况|3|一把手",
                "主要负责人履职情况|3|主要负责人",
                "第一责任人职责履行情况|3|第一责任人",
                "领导干部述法情况|3|述法",
                "党政主要负责同志履行推进法治建设第一责任人职责情况|3|第一责任人",
                "存在的问题|2|存在的问题",
                "工作中的不足|2|不足",
                "短板和差距|2|短板和差距",
                "存在的短板弱项|2|存在的短板",
                "问题和原因分析|2|原因分析",
                "下一步工作打算|4|下一步",
                "下步工作思路|4|下步",
                "明年工作计划|4|明年",
                "2025年工作计划|4|2025年",
                "今后努力方向|4|今后",
                "上年度问题整改情况|R|整改",
                "反馈问题整改落实情况|R|反馈问题整改",
                "2023年法治政府建设存在问题改进情况|R|改进",
                "其他需要报告的情况|5|其他"
            })
    void part_wording_of_real_reports_is_understood(String wording, String part, String word) {
        ImportPreview p = preview("一、2024年主要工作情况", "全年推进依法行政。", "二、" + wording, "本部分的内容。");

        ClassifiedHeading h = p.headings().get(1);
        assertThat(h.part().code()).isEqualTo(part);
        assertThat(h.basis()).isEqualTo(ClassifiedHeading.Basis.MEANING);
        assertThat(h.words()).anyMatch(w -> w.contains(word));
        assertThat(h.toConfirm()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"存在的问题和下一步打算|2|4", "存在问题及下一步工作打算|2|4", "下一步工作打算和存在的不足|4|2"})
    void a_heading_naming_two_parts_goes_to_the_first_and_says_so(String wording, String part, String other) {
        ImportPreview p = preview("一、2024年主要工作情况", "全年推进依法行政。", "二、" + wording, "问题与计划。");

        ClassifiedHeading h = p.headings().get(1);
        assertThat(h.part().code()).isEqualTo(part);
        assertThat(h.toConfirm()).as("the drafter decides whether to split it").isTrue();
        assertThat(p.notes()).anyMatch(n -> n.contains(wording) && n.contains("parts " + part + " and " + other));
    }

    private ImportPreview preview(String... lines) {
        return importer.preview("t.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }
}
