package org.reportcycle.api;

import org.reportcycle.audit.ApprovalSheets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A report's approval record sheet (审批单) as PDF, for whoever may read the report (checked by the service). */
@RestController
class ApprovalSheetApiController {

    private final ApprovalSheets sheets;

    ApprovalSheetApiController(ApprovalSheets sheets) {
        this.sheets = sheets;
    }

    @GetMapping("/api/v1/reports/{id}/approval-sheet.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return ExportApiController.file(sheets.pdf(id));
    }
}
