package org.reportcycle.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportExport.Format;
import org.reportcycle.report.signing.SignedDocuments;
import org.reportcycle.report.signing.Verification;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's documents of record: the OFD download of a published report and 「文件核验」, where anyone
 * uploads a PDF and learns which report and version it is, whether its signature holds and whether it was
 * changed. Server-rendered, no JavaScript, nothing stored.
 */
@Controller
class DocumentCheckController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReportExport export;
    private final SignedDocuments signed;
    private final MessageSource messages;

    DocumentCheckController(ReportExport export, SignedDocuments signed, MessageSource messages) {
        this.export = export;
        this.signed = signed;
        this.messages = messages;
    }

    @ModelAttribute("t")
    PortalView view(@RequestParam(name = "lang", required = false) String lang) {
        return PortalView.of(lang, messages);
    }

    @GetMapping("/public/reports/{id}.ofd")
    ResponseEntity<byte[]> ofd(@PathVariable Long id) {
        ExportedFile file = export.exportPublished(id, Format.OFD);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/public/verify")
    String form(Model model) {
        model.addAttribute("path", "/public/verify");
        return "public/verify";
    }

    @PostMapping("/public/verify")
    String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("path", "/public/verify");
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "portal.verify.noFile");
            return "public/verify";
        }
        Verification result = signed.verify(file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute(
                "signedAt",
                result.signedAt() == null ? null : TIME.format(result.signedAt().atZone(PortalView.ZONE)));
        return "public/verify";
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        ModelAndView mv = new ModelAndView("public/not-found", HttpStatus.NOT_FOUND);
        mv.addObject("t", PortalView.of(request.getParameter("lang"), messages));
        mv.addObject("path", "/public");
        return mv;
    }
}
