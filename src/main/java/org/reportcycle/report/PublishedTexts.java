package org.reportcycle.report;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports, readable by anyone: the only reads of report text that need no login. Every
 * method returns published reports only.
 */
@Service
@Transactional(readOnly = true)
public class PublishedTexts {

    private final ReportRepository reports;
    private final ReportPartRepository parts;
    private final ReportSummarizer summarizer;

    private final ReportVersionRepository versions;
    private final ReportContentCodec codec;

    PublishedTexts(
            ReportRepository reports,
            ReportPartRepository parts,
            ReportSummarizer summarizer,
            ReportVersionRepository versions,
            ReportContentCodec codec) {
        this.reports = reports;
        this.parts = parts;
        this.summarizer = summarizer;
        this.versions = versions;
        this.codec = codec;
    }

    /** Whether and when a unit's report of a cycle was published (public facts for the statistics). */
    public record PublicationState(Long unitId, Instant publishedAt) {}

    /** Every report of a cycle with its publication time (null when not published). */
    public List<PublicationState> publicationStates(Long cycleId) {
        return reports.findByCycleId(cycleId).stream()
                .map(r ->
                        new PublicationState(r.getUnitId(), r.getStep() == Step.PUBLISHED ? r.getPublishedAt() : null))
                .toList();
    }

    /** A publicly released version of a published report: its first publication or a correction. */
    public record PublishedVersion(int versionNo, VersionReason reason, Instant at, String note) {}

    /** The released versions (publication, then corrections) of a published report, oldest first. */
    public List<PublishedVersion> publishedVersions(Long reportId) {
        if (publishedReport(reportId).isEmpty()) {
            return List.of();
        }
        return versions.findByReportIdOrderByVersionNoDesc(reportId).stream()
                .filter(v -> v.getReason() == VersionReason.PUBLISHED || v.getReason() == VersionReason.CORRECTED)
                .map(v -> new PublishedVersion(v.getVersionNo(), v.getReason(), v.getCreatedAt(), v.getNote()))
                .sorted(Comparator.comparingInt(PublishedVersion::versionNo))
                .toList();
    }

    /** The text of a released version of a published report; empty for any other version or report. */
    public Optional<ReportText> publishedVersionText(Long reportId, int versionNo) {
        if (publishedReport(reportId).isEmpty()) {
            return Optional.empty();
        }
        return versions.findByReportIdAndVersionNo(reportId, versionNo)
                .filter(v -> v.getReason() == VersionReason.PUBLISHED || v.getReason() == VersionReason.CORRECTED)
                .map(v -> codec.decode(v.getContent()));
    }

    public List<ReportSummary> published() {
        return summarizer.summaries(reports.findByStepOrderByPublishedAtDesc(Step.PUBLISHED));
    }

    public Optional<Report> publishedReport(Long reportId) {
        return reports.findById(reportId).filter(r -> r.getStep() == Step.PUBLISHED);
    }

    /** The parts of a published report (empty for anything else). */
    public Map<Part, String> parts(Long reportId) {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        if (publishedReport(reportId).isPresent()) {
            parts.findByReportId(reportId).forEach(p -> texts.put(p.getPart(), p.getContent()));
        }
        return texts;
    }

    /** The ids of every published report, ascending (for building the search index in bulk). */
    public List<Long> publishedIds() {
        return reports.idsAtStep(Step.PUBLISHED);
    }

    /** The published ones among these reports (in no particular order). */
    public List<Report> publishedReports(Collection<Long> reportIds) {
        return reports.findAllById(reportIds).stream()
                .filter(r -> r.getStep() == Step.PUBLISHED)
                .toList();
    }

    /** The parts of these reports by report id, published reports only (one query). */
    public Map<Long, Map<Part, String>> parts(Collection<Long> reportIds) {
        Set<Long> published = new HashSet<>();
        publishedReports(reportIds).forEach(r -> published.add(r.getId()));
        Map<Long, Map<Part, String>> texts = new HashMap<>();
        if (!published.isEmpty()) {
            for (ReportPart p : parts.findByReportIdIn(published)) {
                texts.computeIfAbsent(p.getReportId(), id -> new EnumMap<>(Part.class))
                        .put(p.getPart(), p.getContent());
            }
        }
        return texts;
    }
}
