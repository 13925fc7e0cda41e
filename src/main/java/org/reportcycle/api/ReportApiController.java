package org.reportcycle.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.api.ApiDtos.ReportDetail;
import org.reportcycle.api.ApiDtos.ReportItem;
import org.reportcycle.api.ApiDtos.SaveRequest;
import org.reportcycle.api.ApiDtos.TaskDto;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.audit.AuditRecord;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportListQueries;
import org.reportcycle.report.ReportListQueries.ListFilter;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.VersionInfo;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports and tasks of the caller (HTTP Basic); the services decide what the caller may see and do. */
@RestController
@RequestMapping("/api/v1")
class ReportApiController {

    private final ReportService reports;
    private final WorkflowService workflow;
    private final AuditQueries audit;
    private final ReportListQueries list;

    ReportApiController(ReportService reports, WorkflowService workflow, AuditQueries audit, ReportListQueries list) {
        this.reports = reports;
        this.list = list;
        this.workflow = workflow;
        this.audit = audit;
    }

    @GetMapping("/reports")
    ResponseEntity<List<ReportItem>> list(
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "unit", required = false) Long unit,
            @RequestParam(name = "step", required = false) Step step,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        int p = Paging.page(page);
        int s = Paging.size(size);
        ListFilter filter = new ListFilter(year, null, unit, step);
        List<ReportItem> items =
                list.page(filter, p * s, s).stream().map(ReportItem::of).toList();
        return Paging.answer(items, list.count(filter), p, s);
    }

    @GetMapping("/reports/{id}")
    ReportDetail get(@PathVariable Long id) {
        return ReportDetail.of(reports.view(id));
    }

    @PutMapping("/reports/{id}/parts")
    ReportDetail save(@PathVariable Long id, @RequestBody SaveRequest request) {
        Map<Part, PartEdit> edits = new EnumMap<>(Part.class);
        if (request.parts() == null || request.parts().isEmpty()) {
            // {"parts":null} saved nothing but made a new version (issue 19)
            throw new UserFacingException("error.noPartsToSave");
        } else {
            request.parts()
                    .forEach((code, edit) -> edits.put(
                            Part.ofCode(code).orElseThrow(() -> new UserFacingException("error.badRequest")),
                            new PartEdit(edit.text(), edit.baseRowVersion())));
        }
        return ReportDetail.of(reports.save(id, edits, request.note()));
    }

    @GetMapping("/reports/{id}/versions")
    List<VersionInfo> versions(@PathVariable Long id) {
        return reports.versions(id);
    }

    @GetMapping("/reports/{id}/audit")
    List<AuditRecord> audit(@PathVariable Long id) {
        return audit.forReport(reports.view(id).unitId(), id);
    }

    @GetMapping("/tasks")
    List<TaskDto> tasks() {
        return workflow.myInbox().stream().map(TaskDto::of).toList();
    }
}
