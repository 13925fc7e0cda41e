package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingsTests {

    @Test
    void chinese_numerals_are_written_the_way_headings_count() {
        assertThat(Headings.numeral(1)).isEqualTo("一");
        assertThat(Headings.numeral(10)).isEqualTo("十");
        assertThat(Headings.numeral(12)).isEqualTo("十二");
        assertThat(Headings.numeral(20)).isEqualTo("二十");
        assertThat(Headings.numeral(35)).isEqualTo("三十五");
        assertThat(Headings.numeral(101)).isEqualTo("一百零一");
    }

    @Test
    void level_one_headings_are_recognised_with_any_separator_and_their_number_read() {
        assertThat(Headings.isLevelOne("一、主要举措")).isTrue();
        assertThat(Headings.isLevelOne("十二.2025年工作计划")).isTrue();
        assertThat(Headings.number("十二、2025年工作计划")).hasValue(12);
        assertThat(Headings.number("二十三，其他")).hasValue(23);
        assertThat(Headings.withoutNumber("三、下一步工作")).isEqualTo("下一步工作");
    }

    @Test
    void enumerations_and_sub_headings_are_not_level_one() {
        assertThat(Headings.isLevelOne("一是坚持党工委全面领导")).isFalse();
        assertThat(Headings.isLevelOne("十分重视法治建设")).isFalse();
        assertThat(Headings.isLevelOne("（一）强化组织领导")).isFalse();
        assertThat(Headings.isLevelTwo("（一）强化组织领导")).isTrue();
        assertThat(Headings.isLevelTwo("(三)强化法治建设宣传。")).isTrue();
        assertThat(Headings.isLevelTwo("1.加强队伍建设")).isFalse();
    }

    @Test
    void a_run_in_heading_emphasises_only_its_first_sentence() {
        assertThat(Headings.lead("（一）强化组织领导。一是坚持党工委全面领导。")).isEqualTo("（一）强化组织领导。");
        assertThat(Headings.lead("（二）加强普法宣传")).isEqualTo("（二）加强普法宣传");
        String longWithoutStop = "（三）" + "很长".repeat(60);
        assertThat(Headings.lead(longWithoutStop)).isEqualTo("（三）");
    }
}
