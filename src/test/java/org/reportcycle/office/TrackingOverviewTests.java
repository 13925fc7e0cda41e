package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.reportcycle.testdata.TestData.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reportcycle.report.CycleOverview;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.report.ReportText;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The administrator's overview of a cycle: counts per step and the reports waiting longest. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingOverviewTests {

    /** A year no other test opens, so that the counts are this test's alone. */
    private static final int YEAR = 2077;

    @Autowired
    TestData data;

    @Autowired
    TrackingService tracking;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit a;
    TestUnit b;
    TestUnit c;
    Map<TestUnit, Long> ids;

    @BeforeEach
    void cycleWithOneReportSubmitted() {
        if (ids != null) {
            return;
        }
        a = data.unit("甲街道");
        b = data.unit("乙街道");
        c = data.unit("丙街道");
        ReportText text = TestData.compliantText(YEAR);
        ids = data.openCycle(YEAR, List.of(a, b, c), Map.of(a.id(), text, b.id(), text, c.id(), text));
        as(b.drafter(), () -> review.submit(ids.get(b), null));
        waitingSince(a, "2078-01-03T00:00:00Z");
        waitingSince(b, "2078-01-01T00:00:00Z");
        waitingSince(c, "2078-01-02T00:00:00Z");
    }

    @Test
    void counts_the_reports_at_each_step_and_lists_the_longest_waiting_first() {
        CycleOverview overview = as(data.admin(), () -> tracking.overview(YEAR, 2));

        assertThat(overview.countsByStep()).containsOnly(entry(Step.DRAFT, 2L), entry(Step.LEGAL_REVIEW, 1L));
        assertThat(overview.waitingLongest())
                .extracting(ReportSummary::unitName)
                .containsExactly("乙街道", "丙街道");
        assertThat(overview.waitingLongest()).extracting(ReportSummary::year).containsOnly(YEAR);
    }

    @Test
    void a_year_without_a_cycle_has_nothing_waiting() {
        CycleOverview overview = as(data.admin(), () -> tracking.overview(YEAR + 50, 50));

        assertThat(overview.countsByStep()).isEmpty();
        assertThat(overview.waitingLongest()).isEmpty();
    }

    @Test
    void only_administrators_see_the_overview() {
        assertThatThrownBy(() -> as(a.drafter(), () -> tracking.overview(YEAR, 50)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void waitingSince(TestUnit unit, String instant) {
        jdbc.update(
                "UPDATE rc_report SET step_since = ? WHERE id = ?",
                Timestamp.from(Instant.parse(instant)),
                ids.get(unit));
    }
}
