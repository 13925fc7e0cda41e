package org.reportcycle.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.reportcycle.testdata.TestData.as;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The background opening commits a chunk at a time: a chunk that fails takes back its own reports,
 * processes and audit records only; the chunks before it stay opened and running the opening again opens
 * the rest, each unit once.
 */
@SpringBootTest(properties = "reportcycle.opening.chunk-size=2")
@ActiveProfiles("test")
class CycleOpeningChunkTests {

    @Autowired
    TestData data;

    @Autowired
    CycleOpeningJobs jobs;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CycleOpeningService opening;

    @Autowired
    org.reportcycle.delegation.DelegationService delegation;

    @Autowired
    org.reportcycle.notification.NotificationService notices;

    @MockitoSpyBean
    OrganizationService organization;

    @AfterEach
    void noMoreFailures() {
        reset(organization);
    }

    @Test
    void a_failed_chunk_leaves_the_chunks_before_it_opened_and_the_rest_is_opened_by_running_again() throws Exception {
        List<TestUnit> units =
                List.of(data.unit("块一街道"), data.unit("块二街道"), data.unit("块三街道"), data.unit("块四街道"), data.unit("块五街道"));
        List<Long> ids = units.stream().map(TestUnit::id).sorted().toList();
        Long failing = ids.get(2); // the first unit of the second chunk (chunks go by unit id)
        doAnswer(call -> {
                    Collection<?> asked = call.getArgument(0);
                    if (asked.contains(failing)) {
                        throw new IllegalStateException("database went away");
                    }
                    return call.callRealMethod();
                })
                .when(organization)
                .leaderCounts(anyCollection());
        String admin = data.admin();
        int year = 2091;

        long first = as(admin, () -> jobs.start(year, ids, Map.of()));
        CycleOpeningJobs.Progress failed = awaitEnd(admin, first);

        assertThat(failed.state()).isEqualTo(CycleOpeningJobs.State.FAILED);
        assertThat(failed.error()).contains("database went away");
        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        assertThat(openedUnits(cycleId)).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(openedAudits(cycleId)).isEqualTo(2);
        assertThat(runningProcesses(cycleId)).isEqualTo(2);

        reset(organization);
        long second = as(admin, () -> jobs.start(year, ids, Map.of()));
        CycleOpeningJobs.Progress done = awaitEnd(admin, second);

        assertThat(done.state()).isEqualTo(CycleOpeningJobs.State.DONE);
        assertThat(done.done()).isEqualTo(5);
        assertThat(openedUnits(cycleId)).containsExactlyElementsOf(ids);
        assertThat(openedAudits(cycleId)).isEqualTo(5);
        assertThat(runningProcesses(cycleId)).isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_report_version v JOIN rc_report r ON r.id = v.report_id"
                                + " WHERE r.cycle_id = ?",
                        Integer.class,
                        cycleId))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_report_part p JOIN rc_report r ON r.id = p.report_id"
                                + " WHERE r.cycle_id = ?",
                        Integer.class,
                        cycleId))
                .isEqualTo(5 * org.reportcycle.shared.Part.values().length);
    }

    @Test
    void an_opening_tells_each_unit_s_drafters_and_whoever_acts_for_them_that_day() {
        TestUnit away = data.unit("出差街道");
        TestUnit home = data.unit("在岗街道");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        as(away.drafter(), () -> delegation.delegate(away.id(), away.secretary(), today, today.plusDays(3), "出差"));
        String admin = data.admin();

        as(admin, () -> opening.open(2092, List.of(away.id(), home.id()), Map.of()));

        assertThat(taskNotices(away.drafter())).containsExactly("reports/" + report(2092, away));
        assertThat(taskNotices(away.secretary())).containsExactly("reports/" + report(2092, away));
        assertThat(taskNotices(home.drafter())).containsExactly("reports/" + report(2092, home));
        assertThat(taskNotices(home.secretary())).isEmpty();
    }

    private List<String> taskNotices(String username) {
        return as(username, () -> notices.myNotices(50, java.util.Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(n -> n.kind().equals("task"))
                .map(org.reportcycle.notification.NoticeView::link)
                .toList();
    }

    private Long report(int year, TestUnit unit) {
        return jdbc.queryForObject(
                "SELECT r.id FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id"
                        + " WHERE c.report_year = ? AND r.unit_id = ?",
                Long.class,
                year,
                unit.id());
    }

    private List<Long> openedUnits(Long cycleId) {
        return jdbc.queryForList(
                "SELECT unit_id FROM rc_report WHERE cycle_id = ? ORDER BY unit_id", Long.class, cycleId);
    }

    private int openedAudits(Long cycleId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE action = 'report.opened' AND details LIKE ?",
                Integer.class,
                "%\"cycleId\":" + cycleId + ",%");
    }

    private int runningProcesses(Long cycleId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN rc_report r"
                        + " ON r.process_instance_id = e.ID_ WHERE r.cycle_id = ?",
                Integer.class,
                cycleId);
    }

    private CycleOpeningJobs.Progress awaitEnd(String admin, long job) throws InterruptedException {
        return CycleOpeningJobsTests.awaitEnd(jobs, admin, job);
    }
}
