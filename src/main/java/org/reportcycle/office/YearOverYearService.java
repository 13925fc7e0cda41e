package org.reportcycle.office;

import org.reportcycle.cycle.CycleService;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Part;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Year over year: last year's shortcomings (part 2) of a unit next to this year's rectification part, so
 * reviewers and the office see whether promises were kept. Whoever may read the report may see both
 * (the same unit's reports).
 */
@Service
@Transactional(readOnly = true)
public class YearOverYearService {

    private final ReportService reports;
    private final ReportLifecycle reportRows;
    private final CycleService cycles;

    public YearOverYearService(ReportService reports, ReportLifecycle reportRows, CycleService cycles) {
        this.reports = reports;
        this.reportRows = reportRows;
        this.cycles = cycles;
    }

    /**
     * @param lastYearReportId null when the unit had no report the year before
     * @param lastYearShortcomings last year's part 2, or null without a report
     * @param rectification this year's rectification part (may be empty)
     */
    public record Comparison(int year, Long lastYearReportId, String lastYearShortcomings, String rectification) {}

    public Comparison compare(Long reportId) {
        ReportView now = reports.view(reportId);
        Long lastId = cycles.byYear(now.year() - 1)
                .flatMap(c -> reportRows.report(c.getId(), now.unitId()))
                .map(r -> r.getId())
                .orElse(null);
        String shortcomings = lastId == null ? null : text(reports.view(lastId), Part.SHORTCOMINGS);
        return new Comparison(now.year(), lastId, shortcomings, text(now, Part.RECTIFICATION));
    }

    private static String text(ReportView view, Part part) {
        ReportView.PartText t = view.parts().get(part);
        return t == null || t.text() == null ? "" : t.text();
    }
}
