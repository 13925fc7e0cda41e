package org.reportcycle.api;

import java.util.Optional;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportExport.Format;
import org.reportcycle.report.ReportHistory;
import org.reportcycle.report.ReportHistory.Comparison;
import org.reportcycle.shared.ExportedFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Word/PDF export and version comparison of a report the caller may read. */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class ExportApiController {

    private final ReportExport export;
    private final ReportHistory history;

    ExportApiController(ReportExport export, ReportHistory history) {
        this.export = export;
        this.history = history;
    }

    @GetMapping("/export.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return file(export.export(id, Format.DOCX));
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return file(export.export(id, Format.PDF));
    }

    @GetMapping("/compare")
    Comparison compare(@PathVariable Long id, @RequestParam int from, @RequestParam int to) {
        return history.compare(id, from, to);
    }

    /** What changed since the caller last looked (204 when nothing did or they never looked). */
    @GetMapping("/changes")
    ResponseEntity<Comparison> changes(@PathVariable Long id) {
        Optional<Comparison> changes = history.sinceLastSeen(id);
        return changes.map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/seen")
    ResponseEntity<Void> seen(@PathVariable Long id) {
        history.markSeen(id);
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
