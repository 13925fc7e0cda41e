package org.reportcycle.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportcycle.report.diff.ReportComparison;
import org.reportcycle.report.diff.ReportDiff;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comparing versions of a report, and "what changed since I last looked" for each reader. Everyone who
 * may read the report may compare its versions.
 */
@Service
@Transactional(readOnly = true)
public class ReportHistory {

    private final ReportRepository reports;
    private final ReportVersionRepository versions;
    private final ReportContentCodec codec;
    private final ReportDiff diff;
    private final AccessGuard guard;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReportHistory(
            ReportRepository reports,
            ReportVersionRepository versions,
            ReportContentCodec codec,
            ReportDiff diff,
            AccessGuard guard,
            JdbcTemplate jdbc,
            Clock clock) {
        this.reports = reports;
        this.versions = versions;
        this.codec = codec;
        this.diff = diff;
        this.guard = guard;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The changes from one version to another, part by part, at character level. */
    public Comparison compare(Long reportId, int fromVersion, int toVersion) {
        guard.requireRead(find(reportId).getUnitId(), reportId);
        return new Comparison(
                fromVersion, toVersion, diff.compare(text(reportId, fromVersion), text(reportId, toVersion)));
    }

    /**
     * What changed since the caller last looked: from the version they last saw to the current one; empty
     * when they have not looked before or nothing changed since.
     */
    public Optional<Comparison> sinceLastSeen(Long reportId) {
        Report report = find(reportId);
        CurrentUser user = guard.requireRead(report.getUnitId(), reportId);
        return lastSeen(user.username(), reportId)
                .filter(seen -> seen < report.getCurrentVersion())
                .map(seen -> new Comparison(
                        seen,
                        report.getCurrentVersion(),
                        diff.compare(text(reportId, seen), text(reportId, report.getCurrentVersion()))));
    }

    /** Remembers that the caller has now seen the report's current version. */
    @Transactional
    public void markSeen(Long reportId) {
        Report report = find(reportId);
        CurrentUser user = guard.requireRead(report.getUnitId(), reportId);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.update(
                "UPDATE rc_report_seen SET version_no = ?, seen_at = ? WHERE username = ? " + "AND report_id = ?",
                report.getCurrentVersion(),
                now,
                user.username(),
                reportId);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO rc_report_seen (username, report_id, version_no, seen_at) VALUES (?, ?, ?, ?)",
                    user.username(),
                    reportId,
                    report.getCurrentVersion(),
                    now);
        }
    }

    private Optional<Integer> lastSeen(String username, Long reportId) {
        List<Integer> seen = jdbc.queryForList(
                "SELECT version_no FROM rc_report_seen WHERE username = ? AND " + "report_id = ?",
                Integer.class,
                username,
                reportId);
        return seen.stream().findFirst();
    }

    private ReportText text(Long reportId, int versionNo) {
        return versions.findByReportIdAndVersionNo(reportId, versionNo)
                .map(v -> codec.decode(v.getContent()))
                .orElseThrow(() -> new NotFoundException("error.versionNotFound", versionNo));
    }

    private Report find(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("error.reportNotFound", reportId));
    }

    /** Two versions and what changed between them. */
    public record Comparison(int fromVersion, int toVersion, ReportComparison changes) {}
}
