package org.reportcycle.publication;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.PublishedTexts;
import org.reportcycle.report.PublishedTexts.PublishedVersion;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published reports for everyone, without login. Nothing that is not published is ever returned. */
@Service
@Transactional(readOnly = true)
public class PublicReports {

    private final PublishedTexts texts;
    private final OrganizationService organization;
    private final CycleService cycles;

    public PublicReports(PublishedTexts texts, OrganizationService organization, CycleService cycles) {
        this.texts = texts;
        this.organization = organization;
        this.cycles = cycles;
    }

    /** Every published report, newest year first, then by unit. */
    public List<ReportSummary> list() {
        return texts.published().stream()
                .sorted(Comparator.comparing(ReportSummary::year).reversed().thenComparing(ReportSummary::unitName))
                .toList();
    }

    /** The released versions of a published report (publication, then corrections), oldest first. */
    public List<PublishedVersion> versions(Long reportId) {
        return texts.publishedVersions(reportId);
    }

    /** A released earlier version of a published report, as it was then; empty for any other version. */
    public Optional<PublishedReport> version(Long reportId, int versionNo) {
        return find(reportId)
                .flatMap(current -> texts.publishedVersionText(reportId, versionNo)
                        .map(text -> {
                            Instant at = versions(reportId).stream()
                                    .filter(v -> v.versionNo() == versionNo)
                                    .map(PublishedVersion::at)
                                    .findFirst()
                                    .orElse(current.publishedAt());
                            return new PublishedReport(
                                    current.id(),
                                    current.year(),
                                    current.unitId(),
                                    current.unitName(),
                                    text.title(),
                                    current.indexNo(),
                                    current.issuer(),
                                    current.writtenOn(),
                                    at,
                                    text.parts());
                        }));
    }

    /** A published report; empty for anything not published (unpublished drafts do not exist here). */
    public Optional<PublishedReport> find(Long reportId) {
        return texts.publishedReport(reportId)
                .filter(r -> r.getStep() == Step.PUBLISHED)
                .map(r -> {
                    Unit unit = organization.unit(r.getUnitId());
                    Cycle cycle = cycles.cycle(r.getCycleId());
                    Map<Part, String> parts = texts.parts(r.getId());
                    return new PublishedReport(
                            r.getId(),
                            cycle.getReportYear(),
                            unit.getId(),
                            unit.getName(),
                            r.getTitle(),
                            r.getIndexNo(),
                            r.getIssuer(),
                            r.getWrittenOn(),
                            r.getPublishedAt(),
                            parts);
                });
    }
}
