package org.reportcycle.office;

import static org.reportcycle.shared.AuditEvent.details;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chasing (催办): the supervising office tells the people who hold a report's open step to get on with
 * it, with a message. Each chase is stored (the report shows it), recorded in the audit trail and handed
 * to the notification feature (in-app notice and e-mail) as a {@link NotifyEvent} of kind {@code chase}.
 */
@Service
@Transactional(readOnly = true)
public class ChaseService {

    public static final int MAX_MESSAGE = 1000;

    private final ReportLifecycle reports;
    private final ChaseRepository chases;
    private final TaskHolders holders;
    private final OrganizationService organization;
    private final DashboardQueries queries;
    private final TrackingService tracking;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ChaseService(
            ReportLifecycle reports,
            ChaseRepository chases,
            TaskHolders holders,
            OrganizationService organization,
            DashboardQueries queries,
            TrackingService tracking,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.chases = chases;
        this.holders = holders;
        this.organization = organization;
        this.queries = queries;
        this.tracking = tracking;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** A chase as the report shows it. */
    public record ChaseRecord(Instant sentAt, String sentBy, Step step, String recipients, String message) {}

    /**
     * Chases the reports' current task holders; published reports and reports the office itself holds are
     * skipped. Administrators only. Returns how many reports were chased.
     */
    @Transactional
    public int chase(Collection<Long> reportIds, String message) {
        CurrentUser admin = guard.requireAdministrator();
        String text = requireMessage(message);
        int chased = 0;
        for (Report report : reports.reports(reportIds)) {
            if (chaseOne(report, text, admin)) {
                chased++;
            }
        }
        return chased;
    }

    /** Chases every overdue report of the cycle. */
    @Transactional
    public int chaseOverdue(Long cycleId, String message) {
        guard.requireAdministrator();
        requireMessage(message);
        List<Long> overdue = queries
                .page(
                        DashboardFilter.of(cycleId).overdue(),
                        tracking.today(),
                        DashboardSort.URGENCY,
                        false,
                        0,
                        Integer.MAX_VALUE)
                .stream()
                .map(DashboardRow::reportId)
                .toList();
        return chase(overdue, message);
    }

    /** The chases of a report, newest first; whoever may read the report sees them. */
    public List<ChaseRecord> chases(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return chases.findByReportIdOrderByIdDesc(reportId).stream()
                .map(c -> new ChaseRecord(c.getSentAt(), c.getSentBy(), c.getStep(), c.getRecipients(), c.getMessage()))
                .toList();
    }

    private boolean chaseOne(Report report, String text, CurrentUser admin) {
        if (report.getStep() == Step.PUBLISHED) {
            return false;
        }
        List<MemberView> who = holders.of(report);
        if (who.isEmpty()) {
            return false;
        }
        String names =
                String.join("、", who.stream().map(MemberView::displayName).toList());
        chases.save(new Chase(
                report.getId(),
                report.getUnitId(),
                report.getStep(),
                text,
                names.length() > 2000 ? names.substring(0, 2000) : names,
                admin.username(),
                Instant.now(clock)));
        String unitName = organization.unit(report.getUnitId()).getName();
        events.publishEvent(NotifyEvent.of(
                who.stream().map(MemberView::username).toList(),
                "chase",
                report.getUnitId(),
                report.getId(),
                "chase.notice",
                "reports/" + report.getId(),
                unitName,
                report.getTitle(),
                text));
        events.publishEvent(new AuditEvent(
                "report.chased",
                report.getUnitId(),
                report.getId(),
                details("step", report.getStep().name(), "recipients", names, "message", text)));
        return true;
    }

    private static String requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new UserFacingException("error.chaseMessageRequired");
        }
        if (message.strip().length() > MAX_MESSAGE) {
            throw new UserFacingException("error.chaseMessageTooLong", MAX_MESSAGE);
        }
        return message.strip();
    }
}
