package org.reportcycle.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportExport.Format;
import org.reportcycle.report.signing.SignedDocuments;
import org.reportcycle.report.signing.Verification;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of record over the API: a report as OFD (whoever may read it) and verification of a signed PDF
 * — uploaded ({@code POST}, multipart field {@code file}) or by its SHA-256 ({@code GET ?sha256=}).
 */
@RestController
class DocumentApiController {

    private final ReportExport export;
    private final SignedDocuments signed;
    private final MessageSource messages;

    DocumentApiController(ReportExport export, SignedDocuments signed, MessageSource messages) {
        this.export = export;
        this.signed = signed;
        this.messages = messages;
    }

    @GetMapping("/api/v1/reports/{id}/export.ofd")
    ResponseEntity<byte[]> ofd(@PathVariable Long id) {
        return ExportApiController.file(export.export(id, Format.OFD));
    }

    @PostMapping(path = "/api/v1/documents/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> verify(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new UserFacingException("portal.verify.noFile");
        }
        return answer(signed.verify(file.getBytes()), locale);
    }

    @GetMapping("/api/v1/documents/verify")
    Map<String, Object> lookup(@RequestParam(name = "sha256", required = false) String sha256, Locale locale) {
        if (sha256 == null || !sha256.strip().matches("[0-9a-fA-F]{64}")) {
            throw new UserFacingException("error.sha256Expected");
        }
        return answer(signed.lookup(sha256), locale);
    }

    private Map<String, Object> answer(Verification v, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", v.status().name());
        out.put(
                "message",
                messages.getMessage(v.status().messageKey(), null, v.status().name(), locale));
        out.put("original", v.status() == Verification.Status.ORIGINAL);
        out.put("modified", v.status() == Verification.Status.MODIFIED);
        out.put("reportId", v.reportId());
        out.put("version", v.version());
        out.put("kind", v.kind() == null ? null : v.kind().name());
        out.put("title", v.title());
        out.put("signer", v.signer());
        out.put("signedAt", v.signedAt() == null ? null : v.signedAt().toString());
        out.put("demoKey", v.demo());
        out.put("sha256", v.sha256());
        return out;
    }
}
