package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.UnitLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reporting cycles and their deadlines per unit level. Creating a cycle here sets its deadlines; opening it for
 * units (one report and one process each) is {@code opening}'s job ({@code CycleOpeningService}).
 */
@Service
@Transactional(readOnly = true)
public class CycleService {

    private final CycleRepository cycles;
    private final DeadlineRepository deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    /** The years of the cycles read so far ({@link #yearOf}). */
    private final Map<Long, Integer> years = new ConcurrentHashMap<>();

    public CycleService(
            CycleRepository cycles,
            DeadlineRepository deadlines,
            ApplicationEventPublisher events,
            Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    public Cycle cycle(Long cycleId) {
        return cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("error.cycleNotFound", cycleId));
    }

    /**
     * The year a cycle reports on. A cycle's year never changes (it is set when the cycle is made), so it is
     * kept once read: a report's view, save and submission asked the database for it on every call.
     */
    public int yearOf(Long cycleId) {
        Integer year = years.get(cycleId);
        if (year == null) {
            year = cycle(cycleId).getReportYear();
            years.put(cycleId, year);
        }
        return year;
    }

    public Optional<Cycle> byYear(int year) {
        return cycles.findByReportYear(year);
    }

    public List<Cycle> all() {
        return cycles.findAllByOrderByReportYearDesc();
    }

    /**
     * Creates the cycle for a year with the given deadlines (the statutory defaults for the rest), or
     * returns the existing one unchanged. Callers check that the caller is an administrator.
     */
    @Transactional
    public Cycle createOrGet(int reportYear, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        return cycles.findByReportYear(reportYear).orElseGet(() -> {
            forgetDeadlines();
            Cycle cycle = cycles.save(new Cycle(reportYear, reportYear + "年度法治政府建设年度报告", Instant.now(clock)));
            for (UnitLevel level : UnitLevel.values()) {
                Map<Milestone, LocalDate> given = dates.getOrDefault(level, Map.of());
                for (Milestone m : Milestone.values()) {
                    deadlines.save(
                            new Deadline(cycle.getId(), level, m, given.getOrDefault(m, m.defaultDue(reportYear))));
                }
            }
            deadlines.flush(); // written now: readDeadlines reads by JDBC
            events.publishEvent(
                    new AuditEvent("cycle.created", null, null, Map.of("cycleId", cycle.getId(), "year", reportYear)));
            return cycle;
        });
    }

    /**
     * Refuses deadlines an administrator may not set for the year's cycle (the statutory defaults when it
     * does not exist yet): a date set or moved into the past, or milestones out of order. Used before
     * {@link #createOrGet}, which itself takes any dates (test and demo set-ups make overdue cycles).
     */
    public void checkDeadlines(int reportYear, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        DeadlineTable current = byYear(reportYear)
                .map(c -> deadlines(c.getId()))
                .orElseGet(() -> new DeadlineTable(reportYear, Map.of()));
        DeadlineRules.check(current, dates, LocalDate.now(clock));
    }

    /**
     * Moves the cycle's deadlines to the given dates (the others stay) and returns how many changed.
     * Callers check that the caller is an administrator and record the change.
     */
    @Transactional
    public int moveDeadlines(Long cycleId, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {
        DeadlineRules.check(deadlines(cycleId), dates, LocalDate.now(clock));
        forgetDeadlines();
        Map<UnitLevel, Map<Milestone, Deadline>> existing = new EnumMap<>(UnitLevel.class);
        for (Deadline d : deadlines.findByCycleId(cycleId)) {
            existing.computeIfAbsent(d.getUnitLevel(), l -> new EnumMap<>(Milestone.class))
                    .put(d.getMilestone(), d);
        }
        int changed = 0;
        for (Map.Entry<UnitLevel, Map<Milestone, LocalDate>> level : dates.entrySet()) {
            for (Map.Entry<Milestone, LocalDate> m : level.getValue().entrySet()) {
                Deadline d = existing.getOrDefault(level.getKey(), Map.of()).get(m.getKey());
                if (d == null) {
                    deadlines.save(new Deadline(cycleId, level.getKey(), m.getKey(), m.getValue()));
                    changed++;
                } else if (!d.getDueDate().equals(m.getValue())) {
                    d.moveTo(m.getValue());
                    changed++;
                }
            }
        }
        deadlines.flush(); // written now: readDeadlines reads by JDBC
        return changed;
    }

    /**
     * The cycle's deadline table. Read once per transaction: every task of every report the transaction
     * starts asks for its due date (an opening asks thousands of times); the methods here that move a
     * deadline drop what was read.
     */
    public DeadlineTable deadlines(Long cycleId) {
        Map<Long, DeadlineTable> read = readInTransaction();
        DeadlineTable table = read == null ? null : read.get(cycleId);
        if (table == null) {
            table = readDeadlines(cycleId);
            if (read != null) {
                read.put(cycleId, table);
            }
        }
        return table;
    }

    private static final Object READ_KEY = new Object() {
        @Override
        public String toString() {
            return "CycleService.deadlines read in this transaction";
        }
    };

    @SuppressWarnings("unchecked")
    private static Map<Long, DeadlineTable> readInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Long, DeadlineTable> read =
                (Map<Long, DeadlineTable>) TransactionSynchronizationManager.getResource(READ_KEY);
        if (read == null) {
            read = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ_KEY, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ_KEY);
                }
            });
        }
        return read;
    }

    private static void forgetDeadlines() {
        Object read = TransactionSynchronizationManager.getResource(READ_KEY);
        if (read instanceof Map<?, ?> m) {
            m.clear();
        }
    }

    /**
     * The cycle's year and deadlines in one JDBC statement (a step asks for one due date: reading the cycle and its
     * deadlines as entities cost more than the statement). The methods here that change deadlines write them at
     * once, so a read later in their transaction sees them.
     */
    private DeadlineTable readDeadlines(Long cycleId) {
        Map<UnitLevel, Map<Milestone, LocalDate>> dates = new EnumMap<>(UnitLevel.class);
        int[] year = {0};
        jdbc.query(
                "SELECT c.report_year, d.unit_level, d.milestone, d.due_date FROM rc_cycle c "
                        + "LEFT JOIN rc_deadline d ON d.cycle_id = c.id WHERE c.id = ?",
                rs -> {
                    year[0] = rs.getInt(1);
                    if (rs.getString(2) != null) {
                        dates.computeIfAbsent(UnitLevel.valueOf(rs.getString(2)), l -> new EnumMap<>(Milestone.class))
                                .put(Milestone.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class));
                    }
                },
                cycleId);
        if (year[0] == 0) {
            throw new NotFoundException("error.cycleNotFound", cycleId);
        }
        return new DeadlineTable(year[0], dates);
    }

    /**
     * Sets a milestone's due date for the cycle's units of a level and returns the date it had. Callers
     * check that the caller is an administrator and audit the move.
     */
    @Transactional
    public LocalDate moveDeadline(Long cycleId, UnitLevel level, Milestone milestone, LocalDate newDate) {
        forgetDeadlines();
        Cycle cycle = cycle(cycleId);
        Deadline deadline = deadlines.findByCycleId(cycleId).stream()
                .filter(d -> d.getUnitLevel() == level && d.getMilestone() == milestone)
                .findFirst()
                .orElseGet(() -> deadlines.save(
                        new Deadline(cycleId, level, milestone, milestone.defaultDue(cycle.getReportYear()))));
        LocalDate old = deadline.getDueDate();
        deadline.moveTo(newDate);
        deadlines.saveAndFlush(deadline); // written now: readDeadlines reads by JDBC
        return old;
    }
}
