package org.reportcycle.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.importing.Fixtures;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.shared.Part;

/** Last year's shortcomings (草滩街道 2024, fixture 000) against this year's rectification. */
class RectificationCheckTests {

    private final ComplianceChecker checker = new ComplianceChecker();

    private static String lastYearsShortcomings() {
        return new ReportImporter()
                .preview("000.txt", Fixtures.bytes("000_aaa4a6a9c2eb3240.txt"))
                .text()
                .part(Part.SHORTCOMINGS);
    }

    private List<Finding> check(String rectification) {
        return check(rectification, "");
    }

    private List<Finding> check(String rectification, String moreMeasures) {
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.MEASURES, "一、2025年法治政府建设主要举措和成效\n2025年以来，街道坚持依法行政，规范行政执法行为。" + moreMeasures);
        if (rectification != null) {
            parts.put(Part.RECTIFICATION, rectification);
        }
        parts.put(Part.SHORTCOMINGS, "二、存在的不足和原因\n基层治理法治化水平有待提高。");
        parts.put(Part.FIRST_RESPONSIBLE, "三、党政主要负责人履行推进法治建设第一责任人职责情况\n书记亲自部署。");
        parts.put(Part.NEXT_YEAR, "四、2026年工作安排\n持续加强培训。");
        return checker.check(
                new ReportText("草滩街道2025年法治政府建设年度报告", parts), 2025, "草滩街道", Optional.of(lastYearsShortcomings()));
    }

    @Test
    void shortcomings_are_split_into_their_points() {
        assertThat(ShortcomingItems.split(lastYearsShortcomings()))
                .containsExactly("街道执法力量相对薄弱", "法治建设协同联动不足", "法治宣传深度广度不足");
    }

    @Test
    void a_rectification_part_that_answers_every_shortcoming_passes() {
        List<Finding> findings = check("""
                上一年度问题整改情况
                针对执法力量薄弱的问题，街道引进法律专业人才，充实执法力量，相对薄弱的局面明显改善。
                针对协同联动不足，建立法治建设联席会议制度，各科室协同联动。
                针对法治宣传深度广度不够，面向中青年开展短视频普法，宣传深度和广度均有拓展。""");

        assertThat(findings).isEmpty();
    }

    @Test
    void shortcomings_not_answered_anywhere_are_listed() {
        List<Finding> findings = check("上一年度问题整改情况\n街道完成了办公场所改造。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("rectification.missing");
            assertThat(f.part()).isEqualTo(Part.RECTIFICATION);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.passage()).contains("街道执法力量相对薄弱", "法治建设协同联动不足", "法治宣传深度广度不足");
            assertThat(f.messageEn()).startsWith("3 of last year's shortcomings");
        });
    }

    @Test
    void only_the_unanswered_shortcoming_is_listed() {
        List<Finding> findings = check("整改情况\n针对执法力量薄弱的问题，引进专业人才，充实执法力量。\n建立联席会议制度，法治建设协同联动更加紧密。");

        assertThat(findings).singleElement().extracting(Finding::passage).isEqualTo("法治宣传深度广度不足");
    }

    @Test
    void measures_count_as_an_answer_when_there_is_no_rectification_part() {
        List<Finding> findings =
                check(null, "\n引进专业人才，充实执法力量，改变执法力量相对薄弱的状况。" + "\n建立联席会议制度，法治建设协同联动更加紧密。\n面向中青年开展短视频普法，拓展法治宣传深度广度。");

        assertThat(findings).isEmpty();
    }

    @Test
    void no_previous_shortcomings_means_no_rectification_finding() {
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.MEASURES, "全年开展普法活动。");
        List<Finding> findings = checker.check(new ReportText("", parts), 2025, "草滩街道", Optional.of("  "));

        assertThat(findings).noneMatch(f -> f.code().equals("rectification.missing"));
    }
}
