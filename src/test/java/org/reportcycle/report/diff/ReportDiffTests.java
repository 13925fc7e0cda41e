package org.reportcycle.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.export.FixtureReports;
import org.reportcycle.shared.Part;

class ReportDiffTests {

    private final ReportDiff reportDiff = new ReportDiff(new TextDiff());

    @Test
    void a_report_compared_with_itself_has_no_changes() {
        ReportText text = FixtureReports.largest().text();

        ReportComparison comparison = reportDiff.compare(text, text);

        assertThat(comparison.hasChanges()).isFalse();
        assertThat(comparison.changedParts()).isEmpty();
        assertThat(comparison.parts())
                .extracting(PartDiff::part)
                .containsExactly(
                        Part.MEASURES, Part.RECTIFICATION, Part.SHORTCOMINGS, Part.FIRST_RESPONSIBLE, Part.NEXT_YEAR);
    }

    @Test
    void changes_are_reported_under_the_part_they_belong_to() {
        ReportText before = FixtureReports.all().getFirst().text();
        Map<Part, String> parts = new EnumMap<>(before.parts());
        parts.put(Part.SHORTCOMINGS, before.part(Part.SHORTCOMINGS).replace("问题", "不足"));
        parts.put(Part.OTHER, "无其他需要报告的情况。");
        ReportText after = new ReportText(before.title().replace("年度报告", "工作报告"), parts);

        ReportComparison comparison = reportDiff.compare(before, after);

        assertThat(comparison.titleChanged()).isTrue();
        assertThat(comparison.changedParts()).extracting(PartDiff::part).containsExactly(Part.SHORTCOMINGS, Part.OTHER);
        assertThat(comparison.part(Part.OTHER).orElseThrow().summary()).isEqualTo(new DiffSummary(11, 0, 0, 1, 0, 0));
        assertThat(comparison.part(Part.MEASURES).orElseThrow().changed()).isFalse();
        assertThat(comparison.total().charsInserted()).isGreaterThanOrEqualTo(11 + 2);
    }

    @Test
    void a_part_removed_in_the_new_version_is_all_deleted() {
        ReportText before = new ReportText("标题", Map.of(Part.MEASURES, "举措。", Part.OTHER, "其他。"));
        ReportText after = new ReportText("标题", Map.of(Part.MEASURES, "举措。"));

        PartDiff other = reportDiff.compare(before, after).part(Part.OTHER).orElseThrow();

        assertThat(other.summary()).isEqualTo(new DiffSummary(0, 3, 0, 0, 1, 0));
    }

    @Test
    void comparing_the_largest_report_with_an_edited_copy_is_fast() {
        ReportText before = FixtureReports.largest().text();
        Map<Part, String> parts = new EnumMap<>(before.parts());
        parts.replaceAll((part, text) -> text.replace("法治", "法制").replace("。", "；"));
        ReportText after = new ReportText(before.title(), parts);
        reportDiff.compare(before, after);

        long start = System.nanoTime();
        ReportComparison comparison = reportDiff.compare(before, after);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(comparison.total().paragraphsChanged()).isGreaterThan(30);
        assertThat(millis).isLessThan(2_000);
    }
}
