package org.reportcycle.publication;

import static org.reportcycle.shared.AuditEvent.details;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.VersionReason;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Step;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting up and publishing (报送与公开), done by the unit's drafters for the unit's office. A
 * published report is frozen: no step edits it any more.
 */
@Service
public class PublicationService {

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final OrganizationService organization;
    private final CycleService cycles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String indexPattern;

    public PublicationService(StepGate gate, WorkflowService workflow, ReportLifecycle reports,
            OrganizationService organization, CycleService cycles, ApplicationEventPublisher events, Clock clock,
            @Value("${reportcycle.publication.index-pattern:{unit}-{year}-{report}}") String indexPattern) {
        this.gate = gate;
        this.workflow = workflow;
        this.reports = reports;
        this.organization = organization;
        this.cycles = cycles;
        this.events = events;
        this.clock = clock;
        this.indexPattern = indexPattern;
    }

    /**
     * Publishes the report. Blank fields take their defaults: the index number from the configured
     * pattern, the unit's name as issuer, today as the date written.
     */
    @Transactional
    public Step publish(Long reportId, PublishRequest request) {
        Gated g = gate.enter(reportId, Step.PUBLISH);
        Report report = g.report();
        Unit unit = organization.unit(report.getUnitId());
        int year = cycles.cycle(report.getCycleId()).getReportYear();
        String indexNo = blank(request.indexNo()) ? indexNumber(unit, year, report) : request.indexNo().strip();
        String issuer = blank(request.issuer()) ? unit.getName() : request.issuer().strip();
        LocalDate writtenOn = request.writtenOn() == null ? LocalDate.now(clock) : request.writtenOn();
        workflow.complete(report, Step.PUBLISH, g.user(), "publish", Map.of());
        reports.publish(report, indexNo, issuer, writtenOn);
        int version = reports.snapshot(report, VersionReason.PUBLISHED, g.user().username(), null);
        events.publishEvent(new AuditEvent("report.published", report.getUnitId(), reportId,
                details("indexNo", indexNo, "issuer", issuer, "writtenOn", writtenOn.toString(), "version", version)));
        return Step.PUBLISHED;
    }

    private String indexNumber(Unit unit, int year, Report report) {
        return indexPattern.replace("{unit}", unit.getCode())
                .replace("{year}", String.valueOf(year))
                .replace("{report}", String.format("%05d", report.getId()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
