package org.reportcycle.tracking;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.Collection;
import java.util.Map;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a cycle for a set of units: one report (with its first version) and one process instance per
 * unit. Administrators only. Re-running it is safe: units that already have their report are skipped.
 */
@Service
public class CycleOpeningService {

    private final CycleService cycles;
    private final OrganizationService organization;
    private final ReportLifecycle lifecycle;
    private final ReportRepository reports;
    private final WorkflowService workflow;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public CycleOpeningService(CycleService cycles, OrganizationService organization, ReportLifecycle lifecycle,
            ReportRepository reports, WorkflowService workflow, AccessGuard guard, ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.organization = organization;
        this.lifecycle = lifecycle;
        this.reports = reports;
        this.workflow = workflow;
        this.guard = guard;
        this.events = events;
    }

    /**
     * Opens the year's cycle (creating it with default deadlines when new) for the units, with optional
     * initial texts per unit id. Returns the number of reports created.
     */
    @Transactional
    public int open(int year, Collection<Long> unitIds, Map<Long, ReportText> initialTexts) {
        CurrentUser admin = guard.requireAdministrator();
        Cycle cycle = cycles.createOrGet(year, Map.of());
        int created = 0;
        for (Long unitId : unitIds) {
            if (reports.findByCycleIdAndUnitId(cycle.getId(), unitId).isPresent()) {
                continue;
            }
            Unit unit = organization.unit(unitId);
            ReportText given = initialTexts.get(unitId);
            String title = ReportLifecycle.standardTitle(unit.getName(), year);
            ReportText text = given == null ? new ReportText(title, Map.of()) : new ReportText(title, given.parts());
            Report report = lifecycle.create(cycle.getId(), unitId, text, admin.username());
            workflow.start(report);
            events.publishEvent(new AuditEvent("report.opened", unitId, report.getId(),
                    details("cycleId", cycle.getId(), "year", year)));
            created++;
        }
        events.publishEvent(new AuditEvent("cycle.opened", null, null,
                details("cycleId", cycle.getId(), "year", year, "units", unitIds.size(), "created", created)));
        return created;
    }
}
