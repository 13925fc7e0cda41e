package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.spreadsheet.Sheets;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The office's reports: late units for the public notice, on-time statistics, spreadsheets. */
@SpringBootTest
@ActiveProfiles("test")
class OfficeReportsTests {

    @Autowired
    TestData data;

    @Autowired
    OfficeReports reports;

    @Autowired
    CycleService cycles;

    @Test
    void units_that_missed_report_up_or_publication_are_listed_and_counted() {
        // Report-up and publication deadlines already passed for streets; the published report was late too
        cycles.createOrGet(
                2083,
                Map.of(
                        UnitLevel.STREET,
                        Map.of(
                                Milestone.REPORT_UP,
                                LocalDate.of(2020, 3, 1),
                                Milestone.PUBLICATION,
                                LocalDate.of(2020, 4, 1))));
        TestUnit published = data.unit("已公开街道");
        TestUnit drafting = data.unit("未报送街道");
        Map<TestUnit, Long> ids = data.openCycle(
                2083, List.of(published, drafting), Map.of(published.id(), TestData.compliantText(2083)));
        data.publish(published, ids.get(published));
        Long cycleId = cycles.byYear(2083).orElseThrow().getId();
        String admin = data.admin();

        List<OfficeReports.LateUnit> late = as(admin, () -> reports.lateUnits(cycleId, Milestone.REPORT_UP));
        assertThat(late).extracting(OfficeReports.LateUnit::unitName).containsExactlyInAnyOrder("已公开街道", "未报送街道");
        assertThat(late)
                .filteredOn(l -> l.unitName().equals("未报送街道"))
                .singleElement()
                .satisfies(l -> assertThat(l.doneOn()).isNull());
        assertThat(late)
                .filteredOn(l -> l.unitName().equals("已公开街道"))
                .singleElement()
                .satisfies(l -> assertThat(l.doneOn()).isNotNull());

        OfficeReports.OnTimeStats stats = as(admin, () -> reports.onTime(cycleId));
        assertThat(stats).isEqualTo(new OfficeReports.OnTimeStats(2, 0, 1, 1, 0, 1, 1));

        List<Sheets.Table> sheet = Sheets.readXlsx(
                as(admin, () -> reports.lateUnitsXlsx(cycleId, Milestone.PUBLICATION, Locale.SIMPLIFIED_CHINESE)));
        assertThat(sheet.get(0).header()).containsExactly("单位", "单位层级", "截止日期", "完成日期", "逾期天数");
        assertThat(sheet.get(0).rows()).hasSize(2);
        List<Sheets.Table> dashboard =
                Sheets.readXlsx(as(admin, () -> reports.dashboardXlsx(DashboardFilter.of(cycleId), Locale.ENGLISH)));
        assertThat(dashboard.get(0).header())
                .containsExactly("Unit", "Unit level", "Step", "Due", "Days left", "Overdue");
        assertThat(dashboard.get(0).rows()).extracting(r -> r.get(0)).containsExactly("未报送街道", "已公开街道");
    }

    @Test
    void only_administrators_get_the_office_reports() {
        TestUnit unit = data.unit("看报表街道");
        data.openReport(2084, unit);
        Long cycleId = cycles.byYear(2084).orElseThrow().getId();

        assertThatThrownBy(() -> as(unit.drafter(), () -> reports.lateUnits(cycleId, Milestone.REPORT_UP)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as(unit.drafter(), () -> reports.dashboardXlsx(DashboardFilter.of(cycleId), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
