package org.reportcycle.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.export.ExportDocument;
import org.reportcycle.report.export.ReportExporter;
import org.reportcycle.report.signing.SignedDocuments;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Word, PDF and OFD files of a report in the official-document layout (a published report's PDF signed). Members of the unit and
 * administrators export any report (recorded in the audit trail while it is not public); anyone
 * exports a published one.
 */
@Service
@Transactional(readOnly = true)
public class ReportExport {

    private final ReportRepository reports;
    private final ReportPartRepository parts;
    private final ReportExporter exporter;
    private final OrganizationService organization;
    private final CycleService cycles;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final SignedDocuments signed;
    private final Clock clock;

    public ReportExport(
            ReportRepository reports,
            ReportPartRepository parts,
            ReportExporter exporter,
            OrganizationService organization,
            CycleService cycles,
            AccessGuard guard,
            ApplicationEventPublisher events,
            SignedDocuments signed,
            Clock clock) {
        this.reports = reports;
        this.parts = parts;
        this.exporter = exporter;
        this.organization = organization;
        this.cycles = cycles;
        this.guard = guard;
        this.events = events;
        this.signed = signed;
        this.clock = clock;
    }

    /** The file format of an export. */
    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        PDF("pdf", "application/pdf"),
        /** OFD (GB/T 33190), the national fixed-layout format. */
        OFD("ofd", "application/ofd");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Exports a report the caller may read; exports of unpublished reports are audited. */
    @Transactional
    public ExportedFile export(Long reportId, Format format) {
        Report report = find(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        if (report.getStep() != Step.PUBLISHED) {
            events.publishEvent(new AuditEvent(
                    "report.exported",
                    report.getUnitId(),
                    reportId,
                    Map.of("format", format.extension, "version", report.getCurrentVersion())));
        }
        return render(report, format);
    }

    /**
     * Exports a published report for anyone; anything else does not exist here. The PDF is the signed
     * document of record (signed on its first download of each version, then kept).
     */
    @Transactional
    public ExportedFile exportPublished(Long reportId, Format format) {
        Report report = find(reportId);
        if (report.getStep() != Step.PUBLISHED) {
            throw new NotFoundException("error.reportNotFound", reportId);
        }
        return render(report, format);
    }

    private ExportedFile render(Report report, Format format) {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        parts.findByReportId(report.getId()).forEach(p -> texts.put(p.getPart(), p.getContent()));
        String unitName = report.getIssuer() != null
                ? report.getIssuer()
                : organization.unit(report.getUnitId()).getName();
        LocalDate date = report.getWrittenOn() != null
                ? report.getWrittenOn()
                : LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        ExportDocument doc = new ExportDocument(
                report.getTitle(), unitName, date, new ReportText(report.getTitle(), texts), null, report.getIndexNo());
        byte[] content = switch (format) {
            case PDF ->
                report.getStep() == Step.PUBLISHED
                        ? signed.publishedReport(
                                report.getUnitId(),
                                report.getId(),
                                report.getCurrentVersion(),
                                () -> exporter.toPdf(doc))
                        : exporter.toPdf(doc);
            case DOCX -> exporter.toDocx(doc);
            case OFD -> exporter.toOfd(doc);
        };
        int year = cycles.yearOf(report.getCycleId());
        String name = organization.unit(report.getUnitId()).getCode() + "-" + year + "." + format.extension;
        return new ExportedFile(name, format.contentType, content);
    }

    private Report find(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("error.reportNotFound", reportId));
    }
}
