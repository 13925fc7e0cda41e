package org.reportcycle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ComplianceBlocked;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The compliance check is enforced at submission; a drafter may override a finding only with a reason. */
@SpringBootTest
@ActiveProfiles("test")
class SubmissionComplianceTests {

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Autowired
    ReportService reports;

    @Autowired
    ReportCompliance compliance;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_report_without_part_three_is_not_submitted() {
        TestUnit unit = data.unit("缺项街道");
        Long id = data.openReport(2025, unit);
        data.write(unit, id, Map.of(Part.FIRST_RESPONSIBLE, ""));

        ComplianceBlocked blocked =
                catchThrowableOfType(ComplianceBlocked.class, () -> as(unit.drafter(), () -> review.submit(id, null)));
        assertThat(blocked.findings()).extracting(ReportCompliance::key).containsExactly("part.missing:3");
        assertThat(blocked.findings().get(0).messageZh()).contains("第一责任人");
        assertThat(as(unit.drafter(), () -> reports.view(id)).step()).isEqualTo(Step.DRAFT);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = " + "'report.submitted'",
                        Integer.class,
                        id))
                .isZero();
    }

    @Test
    void a_blank_reason_does_not_override_a_finding() {
        TestUnit unit = data.unit("空理由街道");
        Long id = data.openReport(2025, unit);
        data.write(unit, id, Map.of(Part.FIRST_RESPONSIBLE, ""));
        ComplianceBlocked blocked = catchThrowableOfType(
                ComplianceBlocked.class,
                () -> as(unit.drafter(), () -> review.submit(id, null, Map.of("part.missing:3", "  "))));
        assertThat(blocked.findings()).hasSize(1);
    }

    @Test
    void an_override_with_a_reason_submits_and_the_reason_is_recorded_for_reviewers() {
        TestUnit unit = data.unit("例外街道");
        Long id = data.openReport(2025, unit);
        data.write(unit, id, Map.of(Part.FIRST_RESPONSIBLE, ""));

        as(unit.drafter(), () -> review.submit(id, "提交", Map.of("part.missing:3", "第一责任人情况已写入第一部分")));

        assertThat(as(unit.legal(), () -> reports.view(id)).step()).isEqualTo(Step.LEGAL_REVIEW);
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = " + "'report.submitted'",
                        String.class,
                        id))
                .contains("第一责任人情况已写入第一部分");
        assertThat(as(unit.legal(), () -> reports.versions(id)).get(0).note()).contains("part.missing:3");
    }

    @Test
    void a_complete_report_has_no_blocking_findings() {
        TestUnit unit = data.unit("合规街道");
        Long id = data.openReport(2025, unit);
        assertThat(as(unit.drafter(), () -> compliance.check(id))).noneMatch(f -> f.blocking());
    }

    @Test
    void last_years_shortcomings_are_read_from_the_units_report_of_the_year_before() {
        TestUnit unit = data.unit("整改街道");
        Long lastYear = data.openReport(2486, unit);
        data.write(unit, lastYear, Map.of(Part.SHORTCOMINGS, "（一）街道执法力量相对薄弱。执法人员数量不足。\n（二）法治宣传深度广度不足。宣传形式单一。"));
        Long id = data.openReport(2487, unit);

        assertThat(as(unit.drafter(), () -> compliance.check(id)))
                .filteredOn(f -> f.code().equals("rectification.missing"))
                .singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("2项", "街道执法力量相对薄弱", "法治宣传深度广度不足"));

        data.write(unit, id, Map.of(Part.RECTIFICATION, "针对街道执法力量相对薄弱的问题，引进法律专业人才，充实执法力量。"));
        assertThat(as(unit.drafter(), () -> compliance.check(id)))
                .filteredOn(f -> f.code().equals("rectification.missing"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.messageZh()).contains("1项", "法治宣传深度广度不足").doesNotContain("执法力量"));
    }

    @Test
    void a_blank_part_two_last_year_or_another_units_report_asks_for_no_rectification() {
        TestUnit unit = data.unit("空白不足街道");
        TestUnit other = data.unit("邻近街道");
        Map<TestUnit, Long> lastYear = data.openCycle(
                2488,
                List.of(unit, other),
                Map.of(unit.id(), TestData.compliantText(2488), other.id(), TestData.compliantText(2488)));
        data.write(unit, lastYear.get(unit), Map.of(Part.SHORTCOMINGS, "  "));
        data.write(other, lastYear.get(other), Map.of(Part.SHORTCOMINGS, "（一）街道执法力量相对薄弱。执法人员数量不足。"));
        Long id = data.openReport(2489, unit);

        assertThat(as(unit.drafter(), () -> compliance.check(id)))
                .extracting(f -> f.code())
                .doesNotContain("rectification.missing");
    }
}
