package org.reportcycle.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.export.ApprovalSheet;
import org.reportcycle.report.export.ReportExporter;
import org.reportcycle.report.signing.SignedDocuments;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval record sheet (审批单) of a report as a PDF: every decision taken on it, from the audit
 * trail, with the step, the person, the time, the decision and the opinion. For whoever may read the
 * report; printing the sheet of a report that is not public is itself recorded.
 */
@Service
@Transactional
public class ApprovalSheets {

    /** The standard items of the sheet in print order, and the trail's actions filed under each. */
    private static final Map<String, List<String>> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put("draft", List.of("report.submitted", "committee.revisionSubmitted"));
        ITEMS.put("legal", List.of("review.passed", "review.returned"));
        ITEMS.put(
                "signoff",
                List.of(
                        "signoff.approved",
                        "signoff.returned",
                        "signoff.returnedToPrevious",
                        "signoff.signerAdded",
                        "signoff.addedSignerSigned"));
        ITEMS.put("countersign", List.of("signoff.countersigned"));
        ITEMS.put("confidentiality", List.of());
        ITEMS.put("committee", List.of("committee.recorded", "committee.changesConfirmed", "committee.changesRefused"));
        ITEMS.put("filing", List.of("report.filed", "office.accepted", "office.returned"));
        ITEMS.put("publication", List.of("report.published", "report.corrected"));
        ITEMS.put("intervention", List.of("report.withdrawn", "report.returnedByAdministrator"));
    }

    /** Items printed (blank) even before anything happened under them: the form's fixed rows. */
    private static final List<String> FIXED =
            List.of("draft", "legal", "signoff", "confidentiality", "committee", "filing", "publication");

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportService reports;
    private final AuditQueries audit;
    private final OrganizationService organization;
    private final ReportExporter exporter;
    private final SignedDocuments signed;
    private final MessageSource messages;
    private final CurrentUserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public ApprovalSheets(
            ReportService reports,
            AuditQueries audit,
            OrganizationService organization,
            ReportExporter exporter,
            SignedDocuments signed,
            MessageSource messages,
            CurrentUserService users,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings settings) {
        this.reports = reports;
        this.audit = audit;
        this.organization = organization;
        this.exporter = exporter;
        this.signed = signed;
        this.messages = messages;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** The sheet of a report the caller may read (refused, and the refusal recorded, otherwise). */
    public ExportedFile pdf(Long reportId) {
        ReportView report = reports.view(reportId);
        ApprovalSheet sheet = sheet(report, audit.forReport(report.unitId(), reportId));
        if (report.step() != Step.PUBLISHED) {
            events.publishEvent(new AuditEvent(
                    "report.approvalSheetExported", report.unitId(), reportId, Map.of("version", report.version())));
        }
        String code = organization.unit(report.unitId()).getCode();
        byte[] pdf =
                signed.approvalSheet(report.unitId(), reportId, report.version(), exporter.approvalSheetPdf(sheet));
        return new ExportedFile(code + "-" + report.year() + "-approval.pdf", "application/pdf", pdf);
    }

    private ApprovalSheet sheet(ReportView report, List<AuditRecord> trail) {
        List<ApprovalSheet.Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> item : ITEMS.entrySet()) {
            List<ApprovalSheet.Row> under = new ArrayList<>();
            for (AuditRecord r : trail) {
                Map<String, Object> details = DecisionHistory.details(r.details());
                if ("confidentiality".equals(item.getKey())) {
                    if ("signoff.approved".equals(r.action())
                            && Boolean.TRUE.equals(details.get("confidentialityAttested"))) {
                        under.add(row(text("sheet.item.confidentiality"), text("sheet.confidentiality.attested"), r));
                    }
                } else if (item.getValue().contains(r.action())) {
                    under.add(row(label(item.getKey(), r.action(), details), opinion(r.action(), details), r));
                }
            }
            if (under.isEmpty() && FIXED.contains(item.getKey())) {
                under.add(new ApprovalSheet.Row(text("sheet.item." + item.getKey()), "", "", ""));
            }
            rows.addAll(under);
        }
        List<ApprovalSheet.Fact> facts = List.of(
                new ApprovalSheet.Fact(text("sheet.fact.report"), report.title()),
                new ApprovalSheet.Fact(text("sheet.fact.unit"), report.unitName()),
                new ApprovalSheet.Fact(
                        text("sheet.fact.yearVersion"),
                        report.year() + "年度　第 " + report.version() + " 版　（当前环节："
                                + text(report.step().messageKey()) + "）"));
        String printedBy = users.find().map(CurrentUser::displayName).orElse("");
        String footer =
                "打印时间：" + TIME.format(Instant.now(clock).atZone(zone)) + "　　打印人：" + printedBy + "　　本单据据审计记录生成，并加盖电子签名。";
        return new ApprovalSheet(text("sheet.title"), facts, rows, footer);
    }

    private ApprovalSheet.Row row(String item, String opinion, AuditRecord r) {
        return new ApprovalSheet.Row(item, opinion, person(r), TIME.format(r.at().atZone(zone)));
    }

    /** The row's item: the standard label, with the leader's place for 签批 and the sub-step where it differs. */
    private String label(String item, String action, Map<String, Object> details) {
        String base = text("sheet.item." + item);
        return switch (action) {
            case "signoff.approved", "signoff.returned", "signoff.returnedToPrevious" ->
                details.get("place") == null ? base : base + "（第" + details.get("place") + "位）";
            case "committee.revisionSubmitted" -> base + "（按审议意见修改）";
            case "office.accepted", "office.returned" -> text("sheet.item.officeReview");
            default -> base;
        };
    }

    /** What was decided and what the person wrote, e.g. 「审查通过：经审查，内容合法」. */
    private String opinion(String action, Map<String, Object> details) {
        String decision = decision(action, details);
        String written = DecisionHistory.written(action, details);
        return written.isEmpty() ? decision : decision + "：" + written;
    }

    private String decision(String action, Map<String, Object> details) {
        if ("committee.recorded".equals(action) && details.get("outcome") != null) {
            return text("outcome." + details.get("outcome"));
        }
        return text("audit.action." + action);
    }

    private String person(AuditRecord r) {
        String who = displayName(r.actor());
        return r.onBehalfOf() == null ? who : who + "（代 " + displayName(r.onBehalfOf()) + "）";
    }

    private String displayName(String username) {
        return organization.user(username).map(AppUser::getDisplayName).orElse(username);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, CHINESE);
    }
}
