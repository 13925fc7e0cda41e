package org.reportcycle.tracking;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.Collection;
import java.util.Map;
import org.reportcycle.cluster.ClusterLock;
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
 * This opens a few units at once in the caller's transaction; {@link CycleOpeningJobs} opens thousands in the
 * background, a chunk per transaction.
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
    private ClusterLock clusterLock;

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

    /** Openings serialise across nodes, so two administrators opening at once create each report once. */
    @org.springframework.beans.factory.annotation.Autowired
    void setClusterLock(ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
    }

    /** Until the transaction ends, no other opening runs on any node (see {@link ClusterLock}). */
    void lockOpenings() {
        clusterLock.holdForTransaction("cycle-opening");
    }

    /**
     * Opens the year's cycle (creating it with default deadlines when new) for the units, with optional
     * initial texts per unit id. Returns the number of reports created.
     */
    @Transactional
    public int open(int year, Collection<Long> unitIds, Map<Long, ReportText> initialTexts) {
        CurrentUser admin = guard.requireAdministrator();
        lockOpenings();
        Cycle cycle = cycles.createOrGet(year, Map.of());
        int created = 0;
        for (Long unitId : unitIds) {
            if (openUnit(cycle, unitId, initialTexts.get(unitId), admin.username())) {
                created++;
            }
        }
        events.publishEvent(new AuditEvent("cycle.opened", null, null,
                details("cycleId", cycle.getId(), "year", year, "units", unitIds.size(), "created", created)));
        return created;
    }

    /**
     * Creates the unit's report and starts its process unless it has one already; in the caller's
     * transaction, which has checked that the caller is an administrator. Returns whether it created one.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    boolean openUnit(Cycle cycle, Long unitId, ReportText given, String author) {
        if (reports.findByCycleIdAndUnitId(cycle.getId(), unitId).isPresent()) {
            return false;
        }
        Unit unit = organization.unit(unitId);
        String title = ReportLifecycle.standardTitle(unit.getName(), cycle.getReportYear());
        ReportText text = given == null ? new ReportText(title, Map.of()) : new ReportText(title, given.parts());
        Report report = lifecycle.create(cycle.getId(), unitId, text, author);
        workflow.start(report);
        events.publishEvent(new AuditEvent("report.opened", unitId, report.getId(),
                details("cycleId", cycle.getId(), "year", cycle.getReportYear())));
        return true;
    }
}
