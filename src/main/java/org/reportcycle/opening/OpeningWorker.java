package org.reportcycle.opening;

import static org.reportcycle.shared.AuditEvent.details;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the opening jobs {@link CycleOpeningJobs} prepares, on one background thread: the units without a report
 * a chunk per transaction ({@code reportcycle.opening.chunk-size}, 200 by default), as the administrator who
 * started the job; resumes at start-up the jobs that were running when the application stopped.
 */
@Component
class OpeningWorker {

    private static final Logger log = LoggerFactory.getLogger(OpeningWorker.class);

    private final CycleOpeningService opening;
    private final CycleService cycles;
    private final AccessGuard guard;
    private final CurrentUserService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int chunkSize;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cycle-opening");
        t.setDaemon(true);
        return t;
    });

    OpeningWorker(
            CycleOpeningService opening,
            CycleService cycles,
            AccessGuard guard,
            CurrentUserService users,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings settings) {
        this.opening = opening;
        this.cycles = cycles;
        this.guard = guard;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.chunkSize = settings.opening().chunkSize();
    }

    /** Resumes the jobs that were running when the application stopped. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        jdbc.queryForList(
                        "SELECT id FROM rc_cycle_job WHERE state = ? ORDER BY id",
                        Long.class,
                        CycleOpeningJobs.State.RUNNING.name())
                .forEach(this::submitNow);
    }

    /** Runs the job after the current transaction commits (at once outside one). */
    void submit(long jobId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submitNow(jobId);
                }
            });
        } else {
            submitNow(jobId);
        }
    }

    private void submitNow(long jobId) {
        worker.submit(() -> run(jobId));
    }

    /** How many of the cycle's units have their report. */
    int opened(long cycleId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_cycle_unit cu JOIN rc_report r"
                        + " ON r.cycle_id = cu.cycle_id AND r.unit_id = cu.unit_id WHERE cu.cycle_id = ?",
                Integer.class,
                cycleId);
        return n == null ? 0 : n;
    }

    void run(long jobId) {
        Map<String, Object> job =
                jdbc.queryForMap("SELECT cycle_id, started_by, state FROM rc_cycle_job WHERE id = ?", jobId);
        if (!CycleOpeningJobs.State.RUNNING.name().equals(job.get("state"))) {
            return;
        }
        long cycleId = ((Number) job.get("cycle_id")).longValue();
        String admin = (String) job.get("started_by");
        try {
            users.runAs(admin, () -> {
                guard.requireAdministrator();
                Cycle cycle = cycles.cycle(cycleId);
                while (Boolean.TRUE.equals(tx.execute(status -> chunk(jobId, cycle, admin)))) {
                    // one transaction per chunk: a crash loses at most the chunk in progress
                }
                tx.executeWithoutResult(status -> finish(jobId, cycle));
                return null;
            });
        } catch (RuntimeException e) {
            log.error("Opening job {} failed", jobId, e);
            String why = String.valueOf(e.getMessage());
            jdbc.update(
                    "UPDATE rc_cycle_job SET state = ?, error = ?, finished_at = ? WHERE id = ?",
                    CycleOpeningJobs.State.FAILED.name(),
                    why.length() > 1000 ? why.substring(0, 1000) : why,
                    Timestamp.from(Instant.now(clock)),
                    jobId);
        }
    }

    /** Opens the next chunk of units without a report; false when none is left. */
    private boolean chunk(long jobId, Cycle cycle, String admin) {
        opening.lockOpenings(); // two nodes resuming the same job take turns instead of opening a unit twice
        List<Long> pending = jdbc.queryForList(
                "SELECT cu.unit_id FROM rc_cycle_unit cu WHERE cu.cycle_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM rc_report r WHERE r.cycle_id = cu.cycle_id AND r.unit_id = cu.unit_id)"
                        + " ORDER BY cu.unit_id LIMIT " + chunkSize,
                Long.class,
                cycle.getId());
        opening.openChunk(cycle, pending, admin);
        jdbc.update("UPDATE rc_cycle_job SET done = ? WHERE id = ?", opened(cycle.getId()), jobId);
        return !pending.isEmpty();
    }

    private void finish(long jobId, Cycle cycle) {
        int done = opened(cycle.getId());
        jdbc.update(
                "UPDATE rc_cycle_job SET state = ?, done = ?, finished_at = ? WHERE id = ?",
                CycleOpeningJobs.State.DONE.name(),
                done,
                Timestamp.from(Instant.now(clock)),
                jobId);
        events.publishEvent(new AuditEvent(
                "cycle.opened",
                null,
                null,
                details("cycleId", cycle.getId(), "year", cycle.getReportYear(), "units", done, "job", jobId)));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
