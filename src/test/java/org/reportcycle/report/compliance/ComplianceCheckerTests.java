package org.reportcycle.report.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.importing.Fixtures;
import org.reportcycle.report.importing.ImportPreview;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.shared.Part;

class ComplianceCheckerTests {

    private static final String UNIT = "草滩街道";
    private static final String TITLE = "草滩街道2024年法治政府建设年度报告";

    private final ComplianceChecker checker = new ComplianceChecker();
    private final ReportImporter importer = new ReportImporter();

    private static Map<Part, String> validParts() {
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.MEASURES, "一、2024年法治政府建设主要举措和成效\n2024年以来，街道坚持依法行政，全年开展普法活动30场。");
        parts.put(Part.SHORTCOMINGS, "二、存在的不足和原因\n执法力量相对薄弱，专业人才缺乏。");
        parts.put(Part.FIRST_RESPONSIBLE, "三、党政主要负责人履行推进法治建设第一责任人职责情况\n街道党工委书记亲自部署法治建设工作。");
        parts.put(Part.NEXT_YEAR, "四、2025年工作安排\n加强执法队伍建设，充实执法力量。");
        return parts;
    }

    private List<Finding> check(String title, Map<Part, String> parts) {
        return checker.check(new ReportText(title, parts), 2024, UNIT, Optional.empty());
    }

    private List<Finding> checkWith(Part part, String text) {
        Map<Part, String> parts = validParts();
        parts.put(part, text);
        return check(TITLE, parts);
    }

    private static List<Finding> withPrefix(List<Finding> findings, String prefix) {
        return findings.stream().filter(f -> f.code().startsWith(prefix)).toList();
    }

    private List<Finding> checkFixture(String file) {
        Fixtures.Expected expected = Fixtures.expected().get(file).get(0);
        ImportPreview preview = importer.preview(file, Fixtures.bytes(file));
        return checker.check(preview.text(), expected.year(), expected.unit(), Optional.empty());
    }

    @Test
    void a_complete_report_in_the_fixed_form_has_no_findings() {
        assertThat(check(TITLE, validParts())).isEmpty();
        assertThat(check("草滩街道2024 年法治政府建设年度报告", validParts())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_aaa4a6a9c2eb3240.txt", "004_39d45cfeb246675f.txt"})
    void fixtures_000_and_004_are_flagged_for_the_missing_part_three_and_nothing_else_among_parts(String file) {
        List<Finding> partFindings = withPrefix(checkFixture(file), "part.");

        assertThat(partFindings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("part.missing");
            assertThat(f.part()).isEqualTo(Part.FIRST_RESPONSIBLE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageZh()).contains("第一责任人");
            assertThat(f.messageEn()).contains("Part 3");
        });
    }

    @Test
    void fixture_002_has_no_part_findings() {
        assertThat(withPrefix(checkFixture("002_7fff814117d48ac1.txt"), "part."))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_aaa4a6a9c2eb3240.txt",
                "001_f39577f806f3e96e.txt",
                "002_7fff814117d48ac1.txt",
                "003_3725393f08df0ce2.txt",
                "004_39d45cfeb246675f.txt"
            })
    void real_reports_raise_no_false_year_or_next_year_findings(String file) {
        assertThat(checkFixture(file))
                .noneMatch(f -> f.code().startsWith("year.") || f.code().startsWith("nextYear."));
    }

    @Test
    void blank_and_heading_only_parts_are_flagged() {
        assertThat(checkWith(Part.SHORTCOMINGS, "  \n "))
                .extracting(Finding::code, Finding::part, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("part.empty", Part.SHORTCOMINGS, Severity.ERROR));
        assertThat(checkWith(Part.SHORTCOMINGS, "二、存在的不足和原因"))
                .extracting(Finding::code)
                .containsExactly("part.headingOnly");
    }

    @Test
    void a_work_report_title_is_a_warning_about_the_form() {
        List<Finding> findings = check("草滩街道2024年法治政府建设工作报告", validParts());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("title.form");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.messageZh()).contains(TITLE);
            assertThat(f.passage()).isEqualTo("草滩街道2024年法治政府建设工作报告");
        });
        assertThat(check("草滩街道关于2024年度法治政府建设情况的报告", validParts()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title.form", Severity.WARNING));
    }

    @Test
    void a_title_without_or_with_the_wrong_unit_or_year_is_an_error() {
        assertThat(check("2024年法治政府建设年度报告", validParts()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title.unit", Severity.ERROR));
        assertThat(check("草滩街道2023年法治政府建设年度报告", validParts()))
                .extracting(Finding::code)
                .containsExactly("title.year");
        assertThat(check("草滩街道法治政府建设年度报告", validParts()))
                .extracting(Finding::code)
                .contains("title.year")
                .allMatch(code -> code.startsWith("title."));
        assertThat(check("", validParts()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title.form", Severity.ERROR));
        assertThat(check("草滩街道2024年工作总结", validParts()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title.form", Severity.ERROR));
    }

    @Test
    void last_years_reporting_year_left_in_part_one_is_a_mismatch_with_its_passage() {
        List<Finding> findings =
                checkWith(Part.MEASURES, "一、主要举措和成效\n2023年以来，街道坚持依法行政，全年开展普法活动30场。\n较2022年，案件数量下降10%。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("year.mismatch");
            assertThat(f.part()).isEqualTo(Part.MEASURES);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.passage()).startsWith("2023年以来").contains("依法行政");
        });
    }

    @Test
    void a_wrong_year_in_a_part_heading_is_a_mismatch() {
        assertThat(checkWith(Part.SHORTCOMINGS, "二、2023年法治政府建设存在的问题\n执法力量薄弱。"))
                .extracting(Finding::code, Finding::passage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year.mismatch", "二、2023年法治政府建设存在的问题"));
    }

    @Test
    void years_after_next_year_are_flagged_but_targets_ranges_and_document_names_are_not() {
        List<Finding> findings = checkWith(
                Part.MEASURES,
                "一、主要举措和成效\n2024年以来，街道开展普法活动30场，" + "预计2027年完成全部整改。\n落实《法治政府建设实施纲要（2021—2025年）》，力争到2035年基本建成法治政府。");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("year.future");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.passage()).contains("2027年");
        });
    }

    @Test
    void part_four_that_never_looks_ahead_is_flagged() {
        assertThat(checkWith(Part.NEXT_YEAR, "四、工作安排\n加强执法队伍建设，充实执法力量。"))
                .extracting(Finding::code, Finding::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nextYear.missing", Part.NEXT_YEAR));
        assertThat(checkWith(Part.NEXT_YEAR, "四、下一步工作打算\n加强执法队伍建设。")).isEmpty();
        assertThat(checkWith(Part.NEXT_YEAR, "四、下一年度主要安排\n加强执法队伍建设。")).isEmpty();
    }

    @Test
    void part_four_planning_for_the_wrong_year_is_a_mismatch() {
        assertThat(checkWith(Part.NEXT_YEAR, "四、2024年工作计划\n加强执法队伍建设，明年充实执法力量。"))
                .extracting(Finding::code, Finding::part, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year.mismatch", Part.NEXT_YEAR, Severity.ERROR));
    }

    @Test
    void errors_come_before_warnings() {
        Map<Part, String> parts = validParts();
        parts.remove(Part.FIRST_RESPONSIBLE);

        List<Finding> findings = check("草滩街道2024年法治政府建设工作报告", parts);

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(findings.get(0).blocking()).isTrue();
    }
}
