package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard over 20,000 units (rows written straight to the tables, without processes): counts, order,
 * paging and sub-tree filtering stay right at that size. The time of each query is logged, not asserted
 * (the benchmark suite owns timing targets). The rows are removed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class DashboardScaleTests {

    private static final Logger log = LoggerFactory.getLogger(DashboardScaleTests.class);
    private static final int DISTRICTS = 200;
    private static final int PER_DISTRICT = 99;

    @Autowired
    TestData data;

    @Autowired
    TrackingService tracking;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twenty_thousand_units_page_filter_and_count_correctly() {
        Long cycleId = cycles.createOrGet(2199, Map.of()).getId();
        String prefix = "scale" + System.nanoTime() % 100000 + "-";
        try {
            long districtOfInterest = insert(cycleId, prefix);
            String admin = data.admin();
            DashboardFilter all = DashboardFilter.of(cycleId);

            int total = timed("count", () -> as(admin, () -> tracking.count(all)));
            List<DashboardRow> first =
                    timed("first page", () -> as(admin, () -> tracking.page(all, DashboardSort.URGENCY, false, 0, 50)));
            List<DashboardRow> deep = timed(
                    "page at 19,950",
                    () -> as(admin, () -> tracking.page(all, DashboardSort.URGENCY, false, 19_950, 50)));
            Map<Step, Long> counts = timed("counts per step", () -> as(admin, () -> tracking.stepCounts(all)));
            DashboardFilter subtree = new DashboardFilter(cycleId, null, null, false, districtOfInterest);
            int inSubtree = timed("sub-tree count", () -> as(admin, () -> tracking.count(subtree)));
            List<DashboardRow> subtreePage = timed(
                    "sub-tree page", () -> as(admin, () -> tracking.page(subtree, DashboardSort.UNIT, false, 0, 50)));
            int overdue = timed("overdue count", () -> as(admin, () -> tracking.count(all.overdue())));

            assertThat(total).isEqualTo(DISTRICTS * (PER_DISTRICT + 1));
            assertThat(first).hasSize(50);
            assertThat(deep).hasSize(50);
            assertThat(first.get(0).due()).isBeforeOrEqualTo(first.get(49).due());
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(total);
            assertThat(inSubtree).isEqualTo(PER_DISTRICT + 1);
            assertThat(subtreePage).hasSize(50);
            assertThat(overdue).isZero();
        } finally {
            jdbc.update("DELETE FROM rc_report WHERE cycle_id = ?", cycleId);
            jdbc.update("DELETE FROM rc_unit WHERE code LIKE ? AND parent_id IS NOT NULL", prefix + "%");
            jdbc.update("DELETE FROM rc_unit WHERE code LIKE ?", prefix + "%");
        }
    }

    /** 200 districts with 99 streets each, every unit with a report at a step by turns; returns one district. */
    private long insert(Long cycleId, String prefix) {
        long started = System.nanoTime();
        List<Object[]> districts = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            districts.add(new Object[] {prefix + d, "区" + d, "COUNTY"});
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_unit (code, name, level, parent_id, active) VALUES (?, ?, ?, NULL, TRUE)", districts);
        List<Long> districtIds =
                jdbc.queryForList("SELECT id FROM rc_unit WHERE code LIKE ? ORDER BY id", Long.class, prefix + "%");
        List<Object[]> streets = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            for (int s = 0; s < PER_DISTRICT; s++) {
                streets.add(new Object[] {
                    prefix + d + "-" + s, "区" + d + "街道" + s, s % 2 == 0 ? "STREET" : "TOWNSHIP", districtIds.get(d)
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_unit (code, name, level, parent_id, active) VALUES (?, ?, ?, ?, TRUE)", streets);
        Step[] steps = Step.values();
        List<Long> unitIds = jdbc.queryForList("SELECT id FROM rc_unit WHERE code LIKE ?", Long.class, prefix + "%");
        List<Object[]> reports = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < unitIds.size(); i++) {
            reports.add(new Object[] {cycleId, unitIds.get(i), "报告" + i, steps[i % steps.length].name(), now});
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_report (cycle_id, unit_id, title, step, step_since) VALUES (?, ?, ?, ?, ?)", reports);
        log.info(
                "dashboard scale: inserted {} units and reports in {} ms",
                unitIds.size(),
                (System.nanoTime() - started) / 1_000_000);
        return districtIds.get(DISTRICTS / 2);
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> query) {
        query.get(); // warm
        long started = System.nanoTime();
        T result = query.get();
        log.info("dashboard scale: {} over 20,000 units took {} ms", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
