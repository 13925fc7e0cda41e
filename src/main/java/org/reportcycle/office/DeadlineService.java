package org.reportcycle.office;

import static org.reportcycle.shared.AuditEvent.details;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.DeadlineTable;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.DeadlineTimers;
import org.reportcycle.workflow.DeadlineTimers.Escalation;
import org.reportcycle.workflow.DueDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator moves a cycle's deadlines; the running reports' tasks' due dates move with them, and so
 * their reminders and escalations. Also lists the reports flagged overdue.
 */
@Service
public class DeadlineService {

    private final CycleService cycles;
    private final DeadlineTimers timers;
    private final DueDates dueDates;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DeadlineService(
            CycleService cycles,
            DeadlineTimers timers,
            DueDates dueDates,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cycles = cycles;
        this.timers = timers;
        this.dueDates = dueDates;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** A cycle's deadlines; administrators only. */
    @Transactional(readOnly = true)
    public DeadlineTable deadlines(Long cycleId) {
        guard.requireAdministrator();
        return cycles.deadlines(cycleId);
    }

    /**
     * Moves a milestone's deadline for the cycle's units of a level; refuses a day already past.
     *
     * @return how many running reports had their timers moved
     */
    @Transactional
    public int move(Long cycleId, UnitLevel level, Milestone milestone, LocalDate newDate) {
        guard.requireAdministrator();
        if (level == null || milestone == null || newDate == null) {
            throw new UserFacingException("error.deadlineRequired");
        }
        LocalDate today = LocalDate.now(clock.withZone(dueDates.zone()));
        if (newDate.isBefore(today)) {
            throw new UserFacingException("error.deadlineInPast", newDate.toString(), today.toString());
        }
        int year = cycles.yearOf(cycleId);
        if (newDate.getYear() > year + 2) {
            // a deadline falls in the cycle's year or the two after it (issue 19: year +99999 was accepted)
            throw new UserFacingException("error.deadlineOutOfRange", newDate.toString(), year, year + 2);
        }
        LocalDate old = cycles.moveDeadline(cycleId, level, milestone, newDate);
        int moved = timers.reschedule(cycleId, level);
        events.publishEvent(new AuditEvent(
                "deadline.moved",
                null,
                null,
                details(
                        "cycleId",
                        cycleId,
                        "level",
                        level.name(),
                        "milestone",
                        milestone.name(),
                        "from",
                        old.toString(),
                        "to",
                        newDate.toString(),
                        "reports",
                        moved)));
        return moved;
    }

    /** The reports flagged overdue, latest first; administrators only. */
    @Transactional(readOnly = true)
    public List<Escalation> overdue() {
        guard.requireAdministrator();
        return timers.escalations();
    }
}
