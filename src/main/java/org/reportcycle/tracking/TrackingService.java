package org.reportcycle.tracking;

import java.util.List;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.security.AccessGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's overview: every unit's report and its step. */
@Service
@Transactional(readOnly = true)
public class TrackingService {

    private final ReportService reports;
    private final AccessGuard guard;

    public TrackingService(ReportService reports, AccessGuard guard) {
        this.reports = reports;
        this.guard = guard;
    }

    /** Every report of every unit; administrators only. */
    public List<ReportSummary> allReports() {
        guard.requireAdministrator();
        return reports.visible();
    }
}
