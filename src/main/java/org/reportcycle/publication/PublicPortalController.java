package org.reportcycle.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportExport.ExportedFile;
import org.reportcycle.report.ReportExport.Format;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public portal (公开): server-rendered HTML without login or JavaScript, printable. Shows published
 * reports only; anything else is "not found".
 */
@Controller
class PublicPortalController {

    private final PublicReports reports;
    private final ReportExport export;

    PublicPortalController(PublicReports reports, ReportExport export) {
        this.reports = reports;
        this.export = export;
    }

    @GetMapping({"/public", "/public/"})
    String index(Model model) {
        List<ReportSummary> all = reports.list();
        Map<Integer, List<ReportSummary>> byYear = all.stream().collect(Collectors.groupingBy(ReportSummary::year,
                () -> new TreeMap<>(java.util.Comparator.reverseOrder()), Collectors.toList()));
        model.addAttribute("byYear", byYear);
        model.addAttribute("count", all.size());
        return "public/index";
    }

    @GetMapping("/public/reports/{id}")
    String report(@PathVariable Long id, Model model) {
        PublishedReport report = reports.find(id).orElseThrow(() -> new NotFoundException("error.reportNotFound", id));
        model.addAttribute("report", report);
        model.addAttribute("parts", Arrays.stream(Part.documentOrder())
                .filter(p -> !report.parts().getOrDefault(p, "").isBlank())
                .map(p -> new PartSection(p.titleZh(), report.parts().get(p).lines().filter(l -> !l.isBlank()).toList()))
                .toList());
        return "public/report";
    }

    @GetMapping("/public/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.PDF));
    }

    @GetMapping("/public/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.DOCX));
    }

    private static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "public/not-found";
    }

    /** One part of a published report: its standard heading and its paragraphs. */
    record PartSection(String heading, List<String> paragraphs) {}
}
