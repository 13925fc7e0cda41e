package org.reportcycle.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Opening a cycle for many units in the background: progress, resumption after a restart, no duplicates. */
@SpringBootTest
@ActiveProfiles("test")
class CycleOpeningJobsTests {

    @Autowired
    TestData data;

    @Autowired
    CycleOpeningJobs jobs;

    @Autowired
    OpeningWorker worker;

    @Autowired
    CycleOpeningService opening;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    /** The years of this class's cycles (MySQL's timer columns end in 2038: its variant picks its own). */
    protected int year(int n) {
        return 2070 + n;
    }

    @Test
    void a_started_job_opens_every_unit_in_the_background_with_the_chosen_deadlines() throws Exception {
        List<TestUnit> units = List.of(data.unit("一街道"), data.unit("二街道"), data.unit("三街道"));
        String admin = data.admin();
        Map<UnitLevel, Map<Milestone, LocalDate>> dates =
                Map.of(UnitLevel.STREET, Map.of(Milestone.REPORT_UP, LocalDate.of(year(2), 2, 25)));

        long job = as(
                admin,
                () -> jobs.start(year(1), units.stream().map(TestUnit::id).toList(), dates));
        CycleOpeningJobs.Progress done = awaitEnd(admin, job);

        assertThat(done.state()).isEqualTo(CycleOpeningJobs.State.DONE);
        assertThat(done.total()).isEqualTo(3);
        assertThat(done.done()).isEqualTo(3);
        Long cycleId = cycles.byYear(year(1)).orElseThrow().getId();
        assertThat(reportsPerUnit(cycleId)).containsOnly(1);
        assertThat(cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.REPORT_UP))
                .isEqualTo(LocalDate.of(year(2), 2, 25));
        assertThat(cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.PUBLICATION))
                .isEqualTo(LocalDate.of(year(2), 4, 1));
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE details LIKE ? ORDER BY seq",
                        String.class,
                        "%\"job\":" + job + "%"))
                .containsExactly("cycle.openingStarted", "cycle.opened");
    }

    @Test
    void a_job_interrupted_by_a_restart_is_resumed_and_never_opens_a_unit_twice() throws Exception {
        TestUnit first = data.unit("先开街道");
        TestUnit second = data.unit("后开街道");
        TestUnit third = data.unit("再开街道");
        String admin = data.admin();
        // One unit was opened before the application stopped; the job row says it is still running
        as(admin, () -> opening.open(year(3), List.of(first.id()), Map.of()));
        long job = as(admin, () -> jobs.prepare(year(3), List.of(first.id(), second.id(), third.id()), Map.of()));
        assertThat(as(admin, () -> jobs.progress(job)).orElseThrow().done()).isEqualTo(1);

        worker.resumeUnfinished();
        assertThat(awaitEnd(admin, job).state()).isEqualTo(CycleOpeningJobs.State.DONE);
        Long cycleId = cycles.byYear(year(3)).orElseThrow().getId();
        assertThat(reportsPerUnit(cycleId)).hasSize(3).containsOnly(1);

        // Running it again (a second node, a double start) changes nothing
        jdbc.update("UPDATE rc_cycle_job SET state = 'RUNNING' WHERE id = ?", job);
        worker.run(job);
        assertThat(reportsPerUnit(cycleId)).hasSize(3).containsOnly(1);
        assertThat(as(admin, () -> jobs.progress(job)).orElseThrow().done()).isEqualTo(3);
    }

    @Test
    void only_administrators_open_cycles_or_move_deadlines() {
        TestUnit unit = data.unit("无权街道");

        assertThatThrownBy(() -> as(unit.drafter(), () -> jobs.start(year(4), List.of(unit.id()), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cycles.byYear(year(4))).isEmpty();
        assertThatThrownBy(() -> as(unit.drafter(), () -> jobs.saveDeadlines(year(4), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<Integer> reportsPerUnit(Long cycleId) {
        return jdbc.queryForList(
                "SELECT COUNT(*) FROM rc_report WHERE cycle_id = ? GROUP BY unit_id", Integer.class, cycleId);
    }

    private CycleOpeningJobs.Progress awaitEnd(String admin, long job) throws InterruptedException {
        return awaitEnd(jobs, admin, job);
    }

    /** Polls the background job as the administrator until it is no longer running (at most a minute). */
    static CycleOpeningJobs.Progress awaitEnd(CycleOpeningJobs jobs, String admin, long job)
            throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            CycleOpeningJobs.Progress p = as(admin, () -> jobs.progress(job)).orElseThrow();
            if (p.state() != CycleOpeningJobs.State.RUNNING) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not finish within a minute");
    }
}
