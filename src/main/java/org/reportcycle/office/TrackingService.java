package org.reportcycle.office;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.MemberView;
import org.reportcycle.report.CycleOverview;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's overview: every unit's report of a cycle, its step, who holds it, its next deadline
 * and last activity; paged, filtered and ordered by the database. Administrators only.
 */
@Service
@Transactional(readOnly = true)
public class TrackingService {

    private final ReportService reports;
    private final ReportLifecycle reportRows;
    private final CycleService cycles;
    private final DashboardQueries queries;
    private final TaskHolders holders;
    private final AccessGuard guard;
    private final Clock clock;
    private final ZoneId zone;

    public TrackingService(
            ReportService reports,
            ReportLifecycle reportRows,
            CycleService cycles,
            DashboardQueries queries,
            TaskHolders holders,
            AccessGuard guard,
            Clock clock,
            ReportCycleSettings settings) {
        this.reports = reports;
        this.reportRows = reportRows;
        this.cycles = cycles;
        this.queries = queries;
        this.holders = holders;
        this.guard = guard;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /**
     * The year's cycle at a glance: counts per step and the first {@code pageSize} unfinished reports,
     * longest waiting first (empty when the year has no cycle); administrators only.
     */
    public CycleOverview overview(int year, int pageSize) {
        guard.requireAdministrator();
        return cycles.byYear(year)
                .map(c -> reports.overview(c.getId(), pageSize))
                .orElseGet(() -> new CycleOverview(Map.of(), List.of()));
    }

    /** Every report of every unit; administrators only. */
    public List<ReportSummary> allReports() {
        guard.requireAdministrator();
        return reports.visible();
    }

    /** The cycles, newest year first. */
    public List<Cycle> cycles() {
        guard.requireAdministrator();
        return cycles.all();
    }

    /** One page of the dashboard, with the holders and last activity of the rows on it. */
    public List<DashboardRow> page(
            DashboardFilter filter, DashboardSort sort, boolean descending, int offset, int limit) {
        guard.requireAdministrator();
        List<DashboardRow> rows = queries.page(filter, today(), sort, descending, offset, Math.min(limit, 500));
        List<Long> ids = rows.stream().map(DashboardRow::reportId).toList();
        Map<Long, Report> byId =
                reportRows.reports(ids).stream().collect(Collectors.toMap(Report::getId, Function.identity()));
        Map<Long, Instant> activity = queries.lastActivity(ids);
        return rows.stream()
                .map(r -> {
                    Report report = byId.get(r.reportId());
                    List<String> names = report == null
                            ? List.of()
                            : holders.of(report).stream()
                                    .map(MemberView::displayName)
                                    .toList();
                    Instant since = report == null ? null : report.getStepSince();
                    Instant last = activity.get(r.reportId());
                    return new DashboardRow(
                            r.reportId(),
                            r.unitId(),
                            r.unitName(),
                            r.level(),
                            r.step(),
                            since,
                            r.due(),
                            r.daysLeft(),
                            r.overdue(),
                            last == null || (since != null && since.isAfter(last)) ? since : last,
                            names);
                })
                .toList();
    }

    /** Every row matching the filter in the given order, for exports (no holders: one query for all). */
    public List<DashboardRow> all(DashboardFilter filter, DashboardSort sort) {
        guard.requireAdministrator();
        return queries.page(filter, today(), sort, false, 0, Integer.MAX_VALUE);
    }

    public int count(DashboardFilter filter) {
        guard.requireAdministrator();
        return queries.count(filter, today());
    }

    /** How many reports of the (otherwise filtered) cycle stand at each step. */
    public Map<Step, Long> stepCounts(DashboardFilter filter) {
        guard.requireAdministrator();
        return queries.stepCounts(filter, today());
    }

    /** Today in the office's time zone, the calendar the deadlines fall on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
