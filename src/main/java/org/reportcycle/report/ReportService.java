package org.reportcycle.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and editing reports. Every method checks that the caller may do this to this unit's report:
 * members of the unit and administrators read; only the unit's drafters edit, and only while the
 * report is at an editable step.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** The longest text one part may hold (characters). */
    public static final int MAX_PART_LENGTH = 60_000;

    private final ReportRepository reports;
    private final ReportPartRepository parts;
    private final ReportVersionRepository versions;
    private final ReportLifecycle lifecycle;
    private final ReportSummarizer summarizer;
    private final OrganizationService organization;
    private final CycleService cycles;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public ReportService(
            ReportRepository reports,
            ReportPartRepository parts,
            ReportVersionRepository versions,
            ReportLifecycle lifecycle,
            ReportSummarizer summarizer,
            OrganizationService organization,
            CycleService cycles,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.parts = parts;
        this.versions = versions;
        this.lifecycle = lifecycle;
        this.summarizer = summarizer;
        this.organization = organization;
        this.cycles = cycles;
        this.guard = guard;
        this.events = events;
    }

    public ReportView view(Long reportId) {
        Report report = find(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return toView(report);
    }

    /** The reports the caller may see: all for administrators, else those of the caller's units. */
    public List<ReportSummary> visible() {
        CurrentUser user = guard.caller();
        List<Report> found = user.administrator()
                ? reports.findAllByOrderByCycleIdDescUnitIdAsc()
                : reports.findByUnitIdInOrderByCycleIdDescUnitIdAsc(user.unitIds());
        return summarizer.summaries(found);
    }

    /**
     * A cycle's counts per step and its first {@code pageSize} unfinished reports, longest waiting first;
     * administrators only. Two indexed queries, whatever the number of units.
     */
    public CycleOverview overview(Long cycleId, int pageSize) {
        guard.requireAdministrator();
        Map<Step, Long> counts = new EnumMap<>(Step.class);
        for (Object[] row : reports.countByStep(cycleId)) {
            counts.put((Step) row[0], (Long) row[1]);
        }
        List<Report> page = reports.findByCycleIdAndStepNotOrderByStepSinceAscIdAsc(
                cycleId, Step.PUBLISHED, PageRequest.of(0, pageSize));
        return new CycleOverview(counts, summarizer.summaries(page));
    }

    /**
     * Saves edited parts as a new version. Each edit quotes the row version it was based on; if someone
     * else saved that part since, nothing is saved and a conflict is reported.
     */
    @Transactional
    public ReportView save(Long reportId, Map<Part, PartEdit> edits, String note) {
        // one save of a report at a time, so a second saver sees the first one's row versions (a conflict)
        Report report = lifecycle.locked(reportId);
        CurrentUser user = guard.requireRole(report.getUnitId(), reportId, Role.DRAFTER);
        if (!report.getStep().editable()) {
            throw new UserFacingException("error.notEditable");
        }
        Limits.atMost(note, Limits.NOTE, "note");
        Map<Part, ReportPart> current = new HashMap<>();
        parts.findByReportId(reportId).forEach(p -> current.put(p.getPart(), p));
        for (Map.Entry<Part, PartEdit> e : edits.entrySet()) {
            String text = e.getValue().text() == null ? "" : e.getValue().text();
            if (text.length() > MAX_PART_LENGTH) {
                throw new UserFacingException("error.partTooLong", e.getKey().code(), MAX_PART_LENGTH);
            }
            ReportPart existing = current.get(e.getKey());
            long base = existing == null ? -1 : existing.getRowVersion();
            if (e.getValue().baseRowVersion() != null && e.getValue().baseRowVersion() != base) {
                String author = versions.findByReportIdOrderByVersionNoDesc(reportId).stream()
                        .findFirst()
                        .map(ReportVersion::getAuthor)
                        .orElse(null);
                throw new PartConflictException(
                        e.getKey(), existing == null ? "" : existing.getContent(), text, author, base);
            }
            if (existing == null) {
                current.put(e.getKey(), parts.save(new ReportPart(reportId, e.getKey(), text)));
            } else {
                existing.rewrite(text);
            }
        }
        parts.flush(); // the parts' row versions move on here: the view below shows the new ones
        // the parts as now stored are those in hand: the version and the view are made from them, not read again
        Map<Part, String> stored = new EnumMap<>(Part.class);
        current.forEach((part, p) -> stored.put(part, p.getContent()));
        int versionNo = lifecycle.snapshot(
                report, new ReportText(report.getTitle(), stored), VersionReason.SAVED, user.username(), note);
        events.publishEvent(new AuditEvent(
                "report.saved",
                report.getUnitId(),
                reportId,
                Map.of(
                        "version",
                        versionNo,
                        "parts",
                        edits.keySet().stream().map(Part::code).sorted().toList())));
        return toView(report, current.values());
    }

    /**
     * Imports a text (the drafter accepted the proposed mapping) as a new version: each part the file has
     * replaces the current one, each part it lacks is kept. Only the unit's drafters, only at an editable step.
     */
    @Transactional
    public ReportView importText(Long reportId, ReportText text, String sourceName) {
        return importText(reportId, text, sourceName, Map.of());
    }

    /**
     * Imports a text with the drafter's choice per part (replace / keep current / append); a part without a
     * choice takes {@link ImportMerge#byDefault}, so a part the file lacks is emptied only when chosen.
     */
    @Transactional
    public ReportView importText(Long reportId, ReportText text, String sourceName, Map<Part, ImportMerge> choices) {
        Report report = find(reportId);
        guard.requireRole(report.getUnitId(), reportId, Role.DRAFTER);
        Map<Part, String> current = new EnumMap<>(Part.class);
        parts.findByReportId(reportId).forEach(p -> current.put(p.getPart(), p.getContent()));
        Map<Part, PartEdit> edits = new EnumMap<>(Part.class);
        Map<String, String> merged = new TreeMap<>();
        for (Part part : Part.values()) {
            ImportMerge choice = choices.getOrDefault(part, ImportMerge.byDefault(text.part(part)));
            merged.put(part.code(), choice.name());
            if (choice != ImportMerge.KEEP) {
                edits.put(part, new PartEdit(choice.apply(current.get(part), text.part(part)), null));
            }
        }
        String note = "导入 " + (sourceName == null ? "" : sourceName);
        ReportView saved = save(reportId, edits, note.strip());
        events.publishEvent(new AuditEvent(
                "report.imported",
                report.getUnitId(),
                reportId,
                AuditEvent.details("source", sourceName, "version", saved.version(), "merge", merged)));
        return saved;
    }

    /**
     * Restores an earlier version while drafting: its text becomes a new version (nothing is lost, the
     * versions in between stay in the history), audited. Only the unit's drafters, only at an editable step.
     */
    @Transactional
    public ReportView restore(Long reportId, int versionNo) {
        Report report = find(reportId);
        guard.requireRole(report.getUnitId(), reportId, Role.DRAFTER);
        ReportText earlier = versions.findByReportIdAndVersionNo(reportId, versionNo)
                .map(v -> lifecycle.decode(v.getContent()))
                .orElseThrow(() -> new NotFoundException("error.versionNotFound", versionNo));
        Map<Part, PartEdit> edits = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            edits.put(part, new PartEdit(earlier.part(part), null));
        }
        ReportView saved = save(reportId, edits, "恢复第 " + versionNo + " 版");
        events.publishEvent(new AuditEvent(
                "report.restored",
                report.getUnitId(),
                reportId,
                AuditEvent.details("restoredFrom", versionNo, "version", saved.version())));
        return saved;
    }

    public List<VersionInfo> versions(Long reportId) {
        Report report = find(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return versions.findByReportIdOrderByVersionNoDesc(reportId).stream()
                .map(v -> new VersionInfo(
                        v.getVersionNo(),
                        v.getAuthor(),
                        v.getCreatedAt(),
                        v.getReason(),
                        v.getNote(),
                        v.getContentHash()))
                .toList();
    }

    public ReportText versionText(Long reportId, int versionNo) {
        Report report = find(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return versions.findByReportIdAndVersionNo(reportId, versionNo)
                .map(v -> lifecycle.decode(v.getContent()))
                .orElseThrow(() -> new NotFoundException("error.versionNotFound", versionNo));
    }

    private Report find(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("error.reportNotFound", reportId));
    }

    ReportView toView(Report report) {
        return toView(report, parts.findByReportId(report.getId()));
    }

    private ReportView toView(Report report, Collection<ReportPart> stored) {
        Map<Part, ReportView.PartText> texts = new EnumMap<>(Part.class);
        stored.forEach(p -> texts.put(p.getPart(), new ReportView.PartText(p.getContent(), p.getRowVersion())));
        return new ReportView(
                report.getId(),
                report.getCycleId(),
                cycles.yearOf(report.getCycleId()),
                report.getUnitId(),
                organization.unit(report.getUnitId()).getName(),
                report.getTitle(),
                report.getStep(),
                report.getStepSince(),
                report.getCurrentVersion(),
                texts,
                report.getIndexNo(),
                report.getIssuer(),
                report.getWrittenOn(),
                report.getPublishedAt());
    }
}
