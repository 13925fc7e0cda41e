package org.reportcycle.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.Milestone;
import org.springframework.stereotype.Component;

/** Gives each user task the due date of its milestone for the report's cycle and unit level. */
@Component("dueDates")
public class DueDates {

    private final ReportLifecycle reports;
    private final CycleService cycles;
    private final OrganizationService organization;
    private final ZoneId zone;

    public DueDates(
            ReportLifecycle reports,
            CycleService cycles,
            OrganizationService organization,
            ReportCycleSettings settings) {
        this.reports = reports;
        this.cycles = cycles;
        this.organization = organization;
        this.zone = settings.zone();
    }

    /** The end of the milestone's due day in the office's time zone. */
    public Date due(Object reportId, String milestone) {
        LocalDate date = dueDate(Long.valueOf(String.valueOf(reportId)), Milestone.valueOf(milestone));
        return Date.from(date.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
    }

    public LocalDate dueDate(Long reportId, Milestone milestone) {
        Report report = reports.report(reportId);
        return cycles.deadlines(report.getCycleId()).due(organization.level(report.getUnitId()), milestone);
    }

    public ZoneId zone() {
        return zone;
    }
}
