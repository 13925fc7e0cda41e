package org.reportcycle.opening;

import static org.reportcycle.shared.AuditEvent.details;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.DeadlineTimers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a cycle for many units in the background: the set-up stores the participating units and a job
 * row, then a worker ({@link OpeningWorker}) opens the units that have no report yet, one chunk (200 by default) per transaction, as
 * the administrator who started it: a chunk's reports, processes and audit records commit together, and a
 * failed chunk leaves the chunks before it opened and the job FAILED, to be run again (it then skips them). A job still running when the application stops is resumed at the next
 * start; since a unit with a report is skipped (and the database refuses a second report per cycle and
 * unit), re-running never makes duplicates.
 */
@Service
public class CycleOpeningJobs {

    /** Where a job stands. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** A job's progress as the set-up screen shows it. */
    public record Progress(long jobId, int year, State state, int total, int done, String error) {}

    private final CycleService cycles;
    private final AccessGuard guard;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeadlineTimers timers;
    private final OpeningWorker worker;

    public CycleOpeningJobs(
            CycleService cycles,
            AccessGuard guard,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock,
            DeadlineTimers timers,
            OpeningWorker worker) {
        this.worker = worker;
        this.timers = timers;
        this.cycles = cycles;
        this.guard = guard;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the year's cycle (or moves its deadlines), adds the units to it and starts opening them in
     * the background. Administrators only. Returns the job's id.
     */
    public long start(int year, Collection<Long> unitIds, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        long jobId = prepare(year, unitIds, dates);
        worker.submit(jobId);
        return jobId;
    }

    /** The set-up's part of {@link #start}: everything but running the job (which starts after commit). */
    long prepare(int year, Collection<Long> unitIds, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        CurrentUser admin = guard.requireAdministrator();
        if (year < 2000 || year > 2200) {
            throw new UserFacingException("error.yearInvalid");
        }
        if (unitIds.isEmpty()) {
            throw new UserFacingException("error.noUnitsChosen");
        }
        cycles.checkDeadlines(year, dates);
        Long id = tx.execute(status -> {
            Cycle cycle = cycles.createOrGet(year, dates);
            moveDeadlines(cycle, dates);
            Integer running = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM rc_cycle_job WHERE cycle_id = ? AND state = ?",
                    Integer.class,
                    cycle.getId(),
                    State.RUNNING.name());
            if (running != null && running > 0) {
                throw new ConflictException("error.jobRunning");
            }
            Set<Long> present = new HashSet<>(jdbc.queryForList(
                    "SELECT unit_id FROM rc_cycle_unit WHERE cycle_id = ?", Long.class, cycle.getId()));
            List<Object[]> added = unitIds.stream()
                    .distinct()
                    .filter(u -> !present.contains(u))
                    .map(u -> new Object[] {cycle.getId(), u})
                    .toList();
            jdbc.batchUpdate("INSERT INTO rc_cycle_unit (cycle_id, unit_id) VALUES (?, ?)", added);
            int total = present.size() + added.size();
            var keys = new GeneratedKeyHolder();
            jdbc.update(
                    con -> {
                        var ps = con.prepareStatement(
                                "INSERT INTO rc_cycle_job (cycle_id, state, total, done, started_by,"
                                        + " started_at) VALUES (?, ?, ?, 0, ?, ?)",
                                new String[] {"id"});
                        ps.setLong(1, cycle.getId());
                        ps.setString(2, State.RUNNING.name());
                        ps.setInt(3, total);
                        ps.setString(4, admin.username());
                        ps.setTimestamp(5, Timestamp.from(Instant.now(clock)));
                        return ps;
                    },
                    keys);
            long jobId = keys.getKey().longValue();
            events.publishEvent(new AuditEvent(
                    "cycle.openingStarted",
                    null,
                    null,
                    details("cycleId", cycle.getId(), "year", year, "units", total, "job", jobId)));
            return jobId;
        });
        return id;
    }

    /** Moves an existing cycle's deadlines; administrators only; recorded when anything changed. */
    public int saveDeadlines(int year, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        guard.requireAdministrator();
        return tx.execute(
                status -> cycles.byYear(year).map(c -> moveDeadlines(c, dates)).orElse(0));
    }

    private int moveDeadlines(Cycle cycle, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        int changed = cycles.moveDeadlines(cycle.getId(), dates);
        if (changed > 0) {
            timers.reschedule(cycle.getId(), null); // the running reports' reminders and escalations move too
            events.publishEvent(new AuditEvent(
                    "cycle.deadlinesChanged",
                    null,
                    null,
                    details("cycleId", cycle.getId(), "year", cycle.getReportYear(), "changed", changed)));
        }
        return changed;
    }

    /** The job's progress: how many of the cycle's units have their report. */
    public Optional<Progress> progress(long jobId) {
        guard.requireAdministrator();
        return jdbc.query(
                "SELECT j.id, c.report_year, j.state, j.total, j.cycle_id, j.error FROM rc_cycle_job j"
                        + " JOIN rc_cycle c ON c.id = j.cycle_id WHERE j.id = ?",
                rs -> {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Progress(
                            rs.getLong(1),
                            rs.getInt(2),
                            State.valueOf(rs.getString(3)),
                            rs.getInt(4),
                            worker.opened(rs.getLong(5)),
                            rs.getString(6)));
                },
                jobId);
    }

    /** The newest job of the year's cycle, if any. */
    public Optional<Progress> latest(int year) {
        guard.requireAdministrator();
        List<Long> ids = jdbc.queryForList(
                "SELECT j.id FROM rc_cycle_job j JOIN rc_cycle c ON c.id = j.cycle_id"
                        + " WHERE c.report_year = ? ORDER BY j.id DESC",
                Long.class,
                year);
        return ids.isEmpty() ? Optional.empty() : progress(ids.get(0));
    }
}
