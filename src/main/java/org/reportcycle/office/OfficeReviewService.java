package org.reportcycle.office;

import static org.reportcycle.shared.AuditEvent.details;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervising office's side of reporting up: the received-reports register (审查备案) and the
 * decision on each filed report — accept it, or send it back for correction with a reason.
 */
@Service
public class OfficeReviewService {

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final CycleService cycles;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public OfficeReviewService(
            StepGate gate,
            WorkflowService workflow,
            ReportLifecycle reports,
            CycleService cycles,
            OrganizationService organization,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.workflow = workflow;
        this.reports = reports;
        this.cycles = cycles;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
    }

    /** One line of the register. */
    public record ReceivedReport(
            Long reportId,
            String unitName,
            int year,
            String title,
            Instant filedAt,
            Report.OfficeState state,
            String decidedBy,
            Instant decidedAt,
            String note,
            Step step) {}

    @Transactional
    public Step accept(Long reportId, String note) {
        Gated g = gate.enter(reportId, Step.OFFICE_REVIEW);
        reports.officeDecides(g.report(), Report.OfficeState.ACCEPTED, g.user().username(), note);
        Step next = workflow.complete(g.report(), Step.OFFICE_REVIEW, g.user(), Decision.ACCEPTED);
        events.publishEvent(new AuditEvent("office.accepted", g.report().getUnitId(), reportId, details("note", note)));
        return next;
    }

    /** Sends the report back for correction: the drafters revise, the secretary confirms, it is filed again. */
    @Transactional
    public Step sendBack(Long reportId, String reason) {
        String why = UserFacingException.requireReason(reason);
        Gated g = gate.enter(reportId, Step.OFFICE_REVIEW);
        reports.officeDecides(g.report(), Report.OfficeState.RETURNED, g.user().username(), why);
        Step next = workflow.complete(g.report(), Step.OFFICE_REVIEW, g.user(), Decision.RETURN);
        events.publishEvent(
                new AuditEvent("office.returned", g.report().getUnitId(), reportId, details("reason", why)));
        return next;
    }

    /** The reports filed with the office for a year's cycle, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<ReceivedReport> register(int year) {
        guard.requireAdministrator();
        return cycles.byYear(year)
                .map(cycle -> {
                    List<Report> filed = reports.filed(cycle.getId());
                    // only the filed reports' units, not every unit of the province
                    Map<Long, Unit> units = organization.unitsById(
                            filed.stream().map(Report::getUnitId).distinct().toList());
                    return filed.stream()
                            .map(r -> new ReceivedReport(
                                    r.getId(),
                                    units.get(r.getUnitId()).getName(),
                                    year,
                                    r.getTitle(),
                                    r.getFiledAt(),
                                    r.getOfficeState(),
                                    r.getOfficeDecidedBy(),
                                    r.getOfficeDecidedAt(),
                                    r.getOfficeNote(),
                                    r.getStep()))
                            .toList();
                })
                .orElse(List.of());
    }
}
