package org.reportcycle.api;

import java.io.IOException;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.api.ApiDtos.ReportDetail;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.compliance.ComplianceChecker;
import org.reportcycle.report.compliance.Finding;
import org.reportcycle.report.importing.ClassifiedHeading;
import org.reportcycle.report.importing.ImportPreview;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UserFacingException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a .docx or .txt: a preview that stores nothing, the import itself into a report (with the
 * drafter's corrections to the mapping), and the compliance check of a stored report.
 */
@RestController
class ImportApiController {

    private final ReportImporter importer;
    private final ComplianceChecker checker;
    private final ReportCompliance compliance;
    private final ReportService reports;
    private final CurrentUserService currentUsers;

    ImportApiController(
            ReportImporter importer,
            ComplianceChecker checker,
            ReportCompliance compliance,
            ReportService reports,
            CurrentUserService currentUsers) {
        this.importer = importer;
        this.checker = checker;
        this.compliance = compliance;
        this.reports = reports;
        this.currentUsers = currentUsers;
    }

    /** Any signed-in user may preview a file; nothing is stored. */
    @PostMapping(value = "/api/v1/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewDto preview(@RequestParam(required = false) MultipartFile file, Locale locale) {
        currentUsers.require();
        ImportPreview preview = importer.preview(name(file), bytes(file));
        int year = preview.year() == null ? Year.now().getValue() - 1 : preview.year();
        List<Finding> findings = checker.check(preview.text(), year, preview.unit(), Optional.empty());
        return PreviewDto.of(preview, findings, locale);
    }

    /**
     * Imports a file into a report. {@code mapping} moves headings to other parts: line number → part code,
     * as the drafter corrected the preview.
     */
    @PostMapping(value = "/api/v1/reports/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportDetail importInto(
            @PathVariable Long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam Map<String, String> params) {
        ImportPreview preview = importer.preview(name(file), bytes(file));
        Map<Integer, Part> overrides = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("line.")) {
                overrides.put(
                        Integer.valueOf(key.substring(5)),
                        Part.ofCode(value).orElseThrow(() -> new UserFacingException("error.badRequest")));
            }
        });
        return ReportDetail.of(reports.importText(id, importer.assemble(preview, overrides), name(file)));
    }

    @GetMapping("/api/v1/reports/{id}/compliance")
    List<FindingDto> compliance(@PathVariable Long id, Locale locale) {
        return compliance.check(id).stream().map(f -> FindingDto.of(f, locale)).toList();
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            throw new UserFacingException("error.fileMissing");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UserFacingException("error.fileMissing");
        }
    }

    record PreviewDto(
            String title,
            Integer year,
            String unit,
            List<HeadingDto> parts,
            List<FindingDto> findings,
            List<String> notes) {
        static PreviewDto of(ImportPreview p, List<Finding> findings, Locale locale) {
            return new PreviewDto(
                    p.title(),
                    p.year(),
                    p.unit(),
                    p.headings().stream().map(HeadingDto::of).toList(),
                    findings.stream().map(f -> FindingDto.of(f, locale)).toList(),
                    p.notes());
        }
    }

    record HeadingDto(String part, String heading, int line) {
        static HeadingDto of(ClassifiedHeading h) {
            return new HeadingDto(h.part().code(), h.text(), h.line());
        }
    }

    record FindingDto(String code, String key, String part, String severity, String message, String passage) {
        static FindingDto of(Finding f, Locale locale) {
            return new FindingDto(
                    f.code(),
                    ReportCompliance.key(f),
                    f.part() == null ? null : f.part().code(),
                    f.severity().name(),
                    "en".equals(locale.getLanguage()) ? f.messageEn() : f.messageZh(),
                    f.passage());
        }
    }
}
