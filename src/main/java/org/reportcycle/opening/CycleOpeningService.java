package org.reportcycle.opening;

import static org.reportcycle.shared.AuditEvent.details;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.cluster.ClusterLock;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportText;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.workflow.ProcessStarts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final ProcessStarts workflow;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final ClusterLock clusterLock;

    @PersistenceContext
    private EntityManager entityManager;

    public CycleOpeningService(
            CycleService cycles,
            OrganizationService organization,
            ReportLifecycle lifecycle,
            ProcessStarts workflow,
            AccessGuard guard,
            ApplicationEventPublisher events,
            ClusterLock clusterLock) {
        // openings serialise across nodes: two administrators opening at once create each report once
        this.clusterLock = clusterLock;
        this.cycles = cycles;
        this.organization = organization;
        this.lifecycle = lifecycle;
        this.workflow = workflow;
        this.guard = guard;
        this.events = events;
    }

    /** Until the transaction ends, no other opening runs on any node (see {@link ClusterLock}). */
    void lockOpenings() {
        clusterLock.holdForTransaction("cycle-opening");
    }

    /**
     * Opens the year's cycle (creating it with default deadlines when new) for the units, with optional
     * initial texts per unit id. Returns the number of reports created. All in the caller's transaction; for
     * thousands of units the administrator's screen uses {@link CycleOpeningJobs} (a chunk per transaction).
     */
    @Transactional
    public int open(int year, Collection<Long> unitIds, Map<Long, ReportText> initialTexts) {
        CurrentUser admin = guard.requireAdministrator();
        lockOpenings();
        Cycle cycle = cycles.createOrGet(year, Map.of());
        List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        int created = 0;
        for (int i = 0; i < ids.size(); i += GROUP) {
            created += openGroup(
                    cycle,
                    ids.subList(i, Math.min(ids.size(), i + GROUP)),
                    initialTexts,
                    admin.username(),
                    null,
                    false);
        }
        events.publishEvent(new AuditEvent(
                "cycle.opened",
                null,
                null,
                details("cycleId", cycle.getId(), "year", year, "units", unitIds.size(), "created", created)));
        return created;
    }

    /** Units opened between two flushes of the persistence context (which is then cleared when allowed). */
    static final int GROUP = 50;

    /**
     * Opens a chunk of units in the caller's transaction (which holds the opening lock and has checked
     * that the caller is an administrator; nothing else of its persistence context is in use, so it is
     * flushed and cleared every {@value #GROUP} units). Units with a report already are skipped. Returns
     * the number of reports created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int openChunk(Cycle cycle, List<Long> unitIds, String author) {
        String definitionId = workflow.currentDefinitionId();
        int created = 0;
        for (int i = 0; i < unitIds.size(); i += GROUP) {
            created += openGroup(
                    cycle,
                    unitIds.subList(i, Math.min(unitIds.size(), i + GROUP)),
                    Map.of(),
                    author,
                    definitionId,
                    true);
        }
        return created;
    }

    /**
     * Creates the reports of the units that have none (one query to know which), their parts and first
     * versions (JDBC batches), starts their processes by definition id with the leader counts read in one
     * query, tells the drafters (their first tasks, the people and their delegates read for the whole group),
     * and records each opening in the audit trail (one batch under one lock of the chain).
     */
    private int openGroup(
            Cycle cycle,
            List<Long> unitIds,
            Map<Long, ReportText> initialTexts,
            String author,
            String definitionId,
            boolean clear) {
        Set<Long> opened = lifecycle.unitsWithReport(cycle.getId(), unitIds);
        List<Long> todo = unitIds.stream().filter(id -> !opened.contains(id)).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        Map<Long, Unit> units = organization.unitsById(todo);
        Map<Long, Integer> leaders = organization.leaderCounts(todo);
        List<ReportLifecycle.NewReport> toCreate = new ArrayList<>(todo.size());
        for (Long unitId : todo) {
            Unit unit = units.get(unitId);
            if (unit == null) {
                throw new NotFoundException("error.unitNotFound", unitId);
            }
            String title = ReportLifecycle.standardTitle(unit.getName(), cycle.getReportYear());
            ReportText given = initialTexts.get(unitId);
            toCreate.add(new ReportLifecycle.NewReport(
                    unitId, given == null ? new ReportText(title, Map.of()) : new ReportText(title, given.parts())));
        }
        List<Report> created = lifecycle.createAll(cycle.getId(), toCreate, author);
        workflow.startAll(created, definitionId, leaders);
        List<AuditEvent> audit = new ArrayList<>(todo.size());
        for (Report report : created) {
            audit.add(new AuditEvent(
                    "report.opened",
                    report.getUnitId(),
                    report.getId(),
                    details("cycleId", cycle.getId(), "year", cycle.getReportYear())));
        }
        events.publishEvent(new AuditEvents(audit));
        if (clear) {
            entityManager.flush();
            entityManager.clear();
        }
        return todo.size();
    }
}
