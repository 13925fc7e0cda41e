package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

class ExportLayoutTests {

    @Test
    void parts_come_in_document_order_with_rectification_after_the_measures() {
        ReportText text =
                new ReportText("标题", Map.of(Part.SHORTCOMINGS, "不足。", Part.RECTIFICATION, "整改。", Part.MEASURES, "举措。"));

        assertThat(texts(blocks(text)))
                .containsExactly(
                        "标题",
                        "一、" + Part.MEASURES.titleZh(),
                        "举措。",
                        "二、" + Part.RECTIFICATION.titleZh(),
                        "整改。",
                        "三、" + Part.SHORTCOMINGS.titleZh(),
                        "不足。");
    }

    @Test
    void a_part_starting_with_its_own_heading_keeps_it_and_numbering_runs_on_across_parts() {
        ReportText text = new ReportText(
                "标题",
                Map.of(
                        Part.MEASURES, "一、工作成效\n内容。\n二、机构职能\n内容。",
                        Part.SHORTCOMINGS, "三、存在的问题\n问题。",
                        Part.FIRST_RESPONSIBLE, "（三）第一责任人履职情况。\n履职。",
                        Part.NEXT_YEAR, "四、下一步工作打算\n打算。"));

        List<Block> blocks = blocks(text);

        assertThat(headings(blocks))
                .containsExactly("一、工作成效", "二、机构职能", "三、存在的问题", "四、" + Part.FIRST_RESPONSIBLE.titleZh(), "五、下一步工作打算");
    }

    @Test
    void a_preamble_before_the_first_own_heading_stays_under_no_heading() {
        ReportText text = new ReportText("标题", Map.of(Part.MEASURES, "现将有关情况报告如下：\n一、主要举措\n内容。"));

        List<Block> blocks = blocks(text);

        assertThat(blocks.get(1)).isEqualTo(Block.plain(Block.Kind.BODY, "现将有关情况报告如下："));
        assertThat(blocks.get(2).text()).isEqualTo("一、主要举措");
        assertThat(blocks.get(2).kind()).isEqualTo(Block.Kind.PART_HEADING);
    }

    @Test
    void the_statutory_heading_written_without_a_number_is_numbered_not_repeated() {
        ReportText text = new ReportText("标题", Map.of(Part.OTHER, Part.OTHER.titleZh() + "\n无。"));

        assertThat(texts(blocks(text))).containsExactly("标题", "一、" + Part.OTHER.titleZh(), "无。");
    }

    @Test
    void sub_headings_are_split_into_an_emphasised_sentence_and_body_text() {
        ReportText text = new ReportText("标题", Map.of(Part.MEASURES, "一、举措\n(一)强化组织领导。一是成立小组。"));

        Block sub = blocks(text).get(2);

        assertThat(sub).isEqualTo(new Block(Block.Kind.SUB_HEADING, "(一)强化组织领导。", "一是成立小组。"));
    }

    @Test
    void blank_lines_indents_and_control_characters_are_dropped() {
        ReportText text = new ReportText("标题", Map.of(Part.MEASURES, "\n\u3000\u3000第一段。\r\n\n  第\u0007二\t段。  \n"));

        assertThat(texts(blocks(text))).containsExactly("标题", "一、" + Part.MEASURES.titleZh(), "第一段。", "第二 段。");
    }

    @Test
    void the_document_closes_with_unit_date_and_correction_note() {
        ExportDocument doc = new ExportDocument(
                "标题",
                "某某街道办事处",
                LocalDate.of(2025, 3, 1),
                new ReportText("", Map.of()),
                "第二部分数据有误，已更正。",
                "11610000/2025-00012");

        List<Block> blocks = ExportLayout.blocks(doc);

        assertThat(blocks)
                .containsExactly(
                        Block.emphasised(Block.Kind.TITLE, "标题"),
                        Block.plain(Block.Kind.CLOSING, "某某街道办事处"),
                        Block.plain(Block.Kind.CLOSING, "2025年3月1日"),
                        new Block(Block.Kind.NOTE, "更正说明：", "第二部分数据有误，已更正。"));
    }

    @Test
    void a_blank_title_falls_back_to_the_report_title() {
        ExportDocument doc = new ExportDocument(" ", "", null, new ReportText("报告标题", Map.of()));

        assertThat(texts(ExportLayout.blocks(doc))).containsExactly("报告标题");
    }

    private static List<Block> blocks(ReportText text) {
        return ExportLayout.blocks(new ExportDocument(null, "", null, text));
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    private static List<String> headings(List<Block> blocks) {
        return blocks.stream()
                .filter(b -> b.kind() == Block.Kind.PART_HEADING)
                .map(Block::text)
                .toList();
    }
}
