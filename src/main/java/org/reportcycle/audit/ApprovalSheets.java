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
import java.util.stream.Collectors;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportExport.ExportedFile;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.export.ApprovalSheet;
import org.reportcycle.report.export.ReportExporter;
import org.reportcycle.report.signing.SignedDocuments;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approval record sheet (审批单) of a report as a PDF: every decision taken on it, from the audit
 * trail, with the step, the person, the time, the decision and the opinion. For whoever may read the
 * report; printing the sheet of a report that is not public is itself recorded.
 */
@Service
@Transactional
public class ApprovalSheets {

    /** The trail's actions that are decisions on the report's path, and the step each belongs to. */
    private static final Map<String, Step> DECISIONS = new LinkedHashMap<>();

    static {
        DECISIONS.put("report.submitted", Step.DRAFT);
        DECISIONS.put("review.passed", Step.LEGAL_REVIEW);
        DECISIONS.put("review.returned", Step.LEGAL_REVIEW);
        DECISIONS.put("signoff.approved", Step.LEADER_SIGNOFF);
        DECISIONS.put("signoff.returned", Step.LEADER_SIGNOFF);
        DECISIONS.put("signoff.returnedToPrevious", Step.LEADER_SIGNOFF);
        DECISIONS.put("committee.recorded", Step.COMMITTEE);
        DECISIONS.put("committee.revisionSubmitted", Step.REVISION);
        DECISIONS.put("committee.changesConfirmed", Step.CONFIRM_CHANGES);
        DECISIONS.put("committee.changesRefused", Step.CONFIRM_CHANGES);
        DECISIONS.put("report.filed", Step.REPORT_UP);
        DECISIONS.put("office.accepted", Step.OFFICE_REVIEW);
        DECISIONS.put("office.returned", Step.OFFICE_REVIEW);
        DECISIONS.put("report.published", Step.PUBLISH);
        DECISIONS.put("report.withdrawn", null);
        DECISIONS.put("report.returnedByAdministrator", null);
    }

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
            @Value("${reportcycle.zone:Asia/Shanghai}") String zone) {
        this.reports = reports;
        this.audit = audit;
        this.organization = organization;
        this.exporter = exporter;
        this.signed = signed;
        this.messages = messages;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
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
        List<ApprovalSheet.Entry> entries = new ArrayList<>();
        for (AuditRecord r : trail) {
            if (!DECISIONS.containsKey(r.action())) {
                continue;
            }
            Step step = DECISIONS.get(r.action());
            Map<String, Object> details = details(r.details());
            entries.add(new ApprovalSheet.Entry(
                    step == null ? "—" : text(step.messageKey()),
                    person(r),
                    TIME.format(r.at().atZone(zone)),
                    decision(r.action(), details),
                    opinion(r.action(), details)));
        }
        List<String> facts = List.of(
                "单位：" + report.unitName() + "　　年度：" + report.year() + "　　当前环节："
                        + text(report.step().messageKey()),
                "报告版本：第 " + report.version() + " 版");
        String printedBy = users.find().map(CurrentUser::displayName).orElse("");
        String footer = "打印时间：" + TIME.format(Instant.now(clock).atZone(zone)) + "　　打印人：" + printedBy + "　　（据审计记录生成）";
        return new ApprovalSheet(report.title() + " 审批单", facts, entries, footer);
    }

    private String decision(String action, Map<String, Object> details) {
        if ("committee.recorded".equals(action) && details.get("outcome") != null) {
            return text("outcome." + details.get("outcome"));
        }
        return text("audit.action." + action);
    }

    /** What the person wrote: the opinion, reason or note; for a meeting, which meeting and its minutes. */
    private static String opinion(String action, Map<String, Object> details) {
        if ("committee.recorded".equals(action)) {
            return joined(details, "body", "session", "heldOn", "minutes");
        }
        return joined(details, "opinion", "reason", "note");
    }

    private static String joined(Map<String, Object> details, String... keys) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            Object value = details.get(key);
            if (value != null && !String.valueOf(value).isBlank()) {
                values.add(String.valueOf(value));
            }
        }
        return values.stream().collect(Collectors.joining("；"));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, Map.class);
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
