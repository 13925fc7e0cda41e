package org.reportcycle.publication;

import static org.reportcycle.shared.AuditEvent.details;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.publication.search.SearchIndex;
import org.reportcycle.report.PublishedTexts;
import org.reportcycle.report.PublishedTexts.PublishedVersion;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.VersionReason;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting up and publishing (报送与公开), done by the unit's drafters for the unit's office. A
 * published report is frozen: no step edits it any more.
 */
@Service
public class PublicationService {

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final OrganizationService organization;
    private final CycleService cycles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String indexPattern;
    private final AccessGuard guard;
    private final PublishedTexts published;
    private final SearchIndex searchIndex;
    private final PublicationChecks checks;

    public PublicationService(
            StepGate gate,
            WorkflowService workflow,
            ReportLifecycle reports,
            OrganizationService organization,
            CycleService cycles,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings settings,
            AccessGuard guard,
            PublishedTexts published,
            SearchIndex searchIndex,
            PublicationChecks checks) {
        this.checks = checks;
        this.guard = guard;
        this.published = published;
        this.searchIndex = searchIndex;
        this.gate = gate;
        this.workflow = workflow;
        this.reports = reports;
        this.organization = organization;
        this.cycles = cycles;
        this.events = events;
        this.clock = clock;
        this.indexPattern = settings.publication().indexPattern();
    }

    /** The unit's office files the approved report with the supervising office (报送). */
    @Transactional
    public Step reportUp(Long reportId, String note) {
        Gated g = gate.enter(reportId, Step.REPORT_UP);
        reports.file(g.report());
        Step next = workflow.complete(g.report(), Step.REPORT_UP, g.user(), Decision.FILED);
        events.publishEvent(new AuditEvent("report.filed", g.report().getUnitId(), reportId, details("note", note)));
        return next;
    }

    /**
     * Publishes the report. Blank fields take their defaults: the index number from the configured
     * pattern, the unit's name as issuer, today as the date written.
     */
    @Transactional
    public Step publish(Long reportId, PublishRequest request) {
        Gated g = gate.enter(reportId, Step.PUBLISH);
        Report report = g.report();
        Unit unit = organization.unit(report.getUnitId());
        int year = cycles.yearOf(report.getCycleId());
        String indexNo = blank(request.indexNo())
                ? indexNumber(unit, year, report)
                : checks.indexNumber(request.indexNo(), indexPattern, unit, year, reportId);
        String issuer = blank(request.issuer()) ? unit.getFormalName() : checks.issuer(request.issuer(), unit);
        LocalDate writtenOn = request.writtenOn() == null
                ? LocalDate.now(clock)
                : checks.writtenOn(request.writtenOn(), reportId, LocalDate.now(clock));
        workflow.complete(report, Step.PUBLISH, g.user(), Decision.PUBLISH);
        // the version first: its number and the publication are then written to the report in one statement
        int version = reports.snapshot(report, VersionReason.PUBLISHED, g.user().username(), null);
        reports.publish(report, indexNo, issuer, writtenOn);
        events.publishEvent(new AuditEvent(
                "report.published",
                report.getUnitId(),
                reportId,
                details("indexNo", indexNo, "issuer", issuer, "writtenOn", writtenOn.toString(), "version", version)));
        searchIndex.index(reportId);
        return Step.PUBLISHED;
    }

    /**
     * Corrects a published report (更正): the unit's drafters replace the text of some parts; the result
     * is a new published version whose note says what it corrects. The earlier versions stay readable on
     * the portal. Returns the new version number.
     */
    @Transactional
    public int correct(Long reportId, Map<Part, String> corrected, String note) {
        Report report = reports.report(reportId);
        CurrentUser user = guard.requireRole(report.getUnitId(), reportId, Role.DRAFTER);
        if (report.getStep() != Step.PUBLISHED) {
            throw new UserFacingException("error.correctionNotPublished");
        }
        if (blank(note)) {
            throw new UserFacingException("error.correctionNoteRequired");
        }
        Limits.atMost(note, Limits.NOTE, "correctionNote");
        Map<Part, String> current = published.parts(reportId);
        Map<Part, String> changed = new EnumMap<>(Part.class);
        corrected.forEach((part, text) -> {
            String t = text == null ? "" : text;
            if (t.length() > ReportService.MAX_PART_LENGTH) {
                throw new UserFacingException("error.partTooLong", part.code(), ReportService.MAX_PART_LENGTH);
            }
            if (!t.equals(current.getOrDefault(part, ""))) {
                changed.put(part, t);
            }
        });
        if (changed.isEmpty()) {
            throw new UserFacingException("error.correctionUnchanged");
        }
        List<PublishedVersion> versions = published.publishedVersions(reportId);
        int corrects = versions.isEmpty()
                ? report.getCurrentVersion()
                : versions.getLast().versionNo();
        reports.correct(report, changed);
        int version = reports.snapshot(report, VersionReason.CORRECTED, user.username(), note.strip());
        events.publishEvent(new AuditEvent(
                "report.corrected",
                report.getUnitId(),
                reportId,
                details(
                        "version",
                        version,
                        "corrects",
                        corrects,
                        "note",
                        note.strip(),
                        "parts",
                        changed.keySet().stream().map(Part::code).sorted().toList())));
        searchIndex.index(reportId);
        return version;
    }

    private String indexNumber(Unit unit, int year, Report report) {
        return indexPattern
                .replace("{unit}", unit.getCode())
                .replace("{year}", String.valueOf(year))
                .replace("{report}", String.format("%05d", report.getId()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
