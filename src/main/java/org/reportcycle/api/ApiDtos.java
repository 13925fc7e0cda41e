package org.reportcycle.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Part;
import org.reportcycle.workflow.TaskItem;

/** The JSON shapes of the REST API, kept apart from the domain types so that the API stays stable. */
final class ApiDtos {

    private ApiDtos() {}

    record ReportItem(Long id, String unit, Long unitId, int year, String title, String step, Instant stepSince) {
        static ReportItem of(ReportSummary s) {
            return new ReportItem(
                    s.id(),
                    s.unitName(),
                    s.unitId(),
                    s.year(),
                    s.title(),
                    s.step().name(),
                    s.stepSince());
        }
    }

    record ReportDetail(
            Long id,
            String unit,
            Long unitId,
            int year,
            String title,
            String step,
            int version,
            List<PartDto> parts,
            Map<String, Long> partVersions,
            String indexNo,
            Instant publishedAt) {
        static ReportDetail of(ReportView v) {
            Map<Part, String> texts = new LinkedHashMap<>();
            Map<String, Long> versions = new LinkedHashMap<>();
            v.parts().forEach((p, t) -> {
                texts.put(p, t.text());
                versions.put(p.code(), t.rowVersion());
            });
            return new ReportDetail(
                    v.id(),
                    v.unitName(),
                    v.unitId(),
                    v.year(),
                    v.title(),
                    v.step().name(),
                    v.version(),
                    partList(texts),
                    versions,
                    v.indexNo(),
                    v.publishedAt());
        }
    }

    record PartDto(String part, String heading, String text) {}

    record TaskDto(
            String taskId,
            Long reportId,
            String unit,
            int year,
            String title,
            String step,
            Instant created,
            Instant due,
            boolean overdue) {
        static TaskDto of(TaskItem t) {
            return new TaskDto(
                    t.taskId(),
                    t.reportId(),
                    t.unitName(),
                    t.year(),
                    t.title(),
                    t.step() == null ? null : t.step().name(),
                    t.created(),
                    t.due(),
                    t.overdue());
        }
    }

    /** A decision's free text: the note, opinion or reason. */
    record DecisionRequest(String text) {}

    /** A submission: the note, and a reason per blocking compliance finding the drafter overrides. */
    record SubmitRequest(String text, Map<String, String> overrides) {}

    record SignoffRequest(String opinion, boolean confidentialityAttested) {}

    record ReturnRequest(String reason, boolean toPreviousSigner) {}

    record MeetingRequest(
            String body,
            LocalDate heldOn,
            String sessionNo,
            String attendance,
            MeetingOutcome outcome,
            String minutes) {}

    record ConfirmRequest(boolean confirmed, String note) {}

    record PublishRequestDto(String indexNo, String issuer, LocalDate writtenOn) {}

    record SaveRequest(Map<String, PartEditDto> parts, String note) {}

    record PartEditDto(String text, Long baseRowVersion) {}

    record StepResult(Long reportId, String step) {}

    static List<PartDto> partList(Map<Part, String> texts) {
        return Arrays.stream(Part.documentOrder())
                .filter(texts::containsKey)
                .map(p -> new PartDto(p.code(), p.titleZh(), texts.get(p)))
                .toList();
    }
}
