package org.reportcycle.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.compliance.ComplianceChecker;
import org.reportcycle.report.compliance.Finding;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the compliance check on a stored report, with its cycle's year, its unit's name and the unit's
 * previous report's shortcomings (part 2 of last year's report, when the system has it).
 */
@Service
@Transactional(readOnly = true)
public class ReportCompliance {

    private final ComplianceChecker checker;
    private final ReportRepository reports;
    private final ReportPartRepository parts;
    private final CycleService cycles;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final JdbcTemplate jdbc;

    public ReportCompliance(
            ComplianceChecker checker,
            ReportRepository reports,
            ReportPartRepository parts,
            CycleService cycles,
            OrganizationService organization,
            AccessGuard guard,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.checker = checker;
        this.reports = reports;
        this.parts = parts;
        this.cycles = cycles;
        this.organization = organization;
        this.guard = guard;
    }

    /** The findings on the report as saved, for whoever may read it. */
    public List<Finding> check(Long reportId) {
        Report report = find(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return findings(report, stored(report));
    }

    /** The findings on text being edited (not yet saved), for whoever may read the report. */
    public List<Finding> check(Long reportId, ReportText draft) {
        Report report = find(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return findings(report, draft);
    }

    /** The findings on a report the caller was already allowed to act on (the submission step). */
    public List<Finding> findings(Report report) {
        return findings(report, stored(report));
    }

    /**
     * The findings on a report the caller was already allowed to act on, its stored text already read (the
     * submission step reads it once for the findings and the version it records).
     */
    public List<Finding> findingsOnStored(Report report, ReportText stored) {
        return findings(report, withoutBlankParts(stored));
    }

    /** The key a drafter's override names: the finding's code and, where it has one, its part. */
    public static String key(Finding finding) {
        return finding.part() == null
                ? finding.code()
                : finding.code() + ":" + finding.part().code();
    }

    private List<Finding> findings(Report report, ReportText text) {
        int year = cycles.yearOf(report.getCycleId());
        String unitName = organization.unit(report.getUnitId()).getName();
        return checker.check(text, year, unitName, previousShortcomings(report, year));
    }

    /**
     * Part 2 of the unit's report of the year before, if the system has it and it is not blank: one JDBC statement
     * for the one part (the submission step asks for it; reading the report and all its parts as entities was most
     * of the check's time).
     */
    private Optional<String> previousShortcomings(Report report, int year) {
        return jdbc
                .queryForList(
                        "SELECT p.content FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id"
                                + " JOIN rc_report_part p ON p.report_id = r.id AND p.part = ?"
                                + " WHERE c.report_year = ? AND r.unit_id = ?",
                        String.class,
                        Part.SHORTCOMINGS.code(),
                        year - 1,
                        report.getUnitId())
                .stream()
                .filter(text -> text != null && !text.isBlank())
                .findFirst();
    }

    private ReportText stored(Report report) {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        parts.findByReportId(report.getId()).forEach(p -> texts.put(p.getPart(), p.getContent()));
        return withoutBlankParts(new ReportText(report.getTitle(), texts));
    }

    /** A blank stored part is a part the report does not have: reported as missing, as on import. */
    private static ReportText withoutBlankParts(ReportText text) {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        text.parts().forEach((part, content) -> {
            if (content != null && !content.isBlank()) {
                texts.put(part, content);
            }
        });
        return new ReportText(text.title(), texts);
    }

    private Report find(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("error.reportNotFound", reportId));
    }
}
