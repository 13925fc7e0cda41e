package org.reportcycle.publication;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.reportcycle.report.signing.SignedDocuments;
import org.reportcycle.report.signing.Verification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The portal's 「文件核验」, where anyone
 * uploads a PDF and learns which report and version it is, whether its signature holds and whether it was
 * changed. Server-rendered, no JavaScript, nothing stored.
 */
@Controller
class DocumentCheckController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SignedDocuments signed;

    DocumentCheckController(SignedDocuments signed) {
        this.signed = signed;
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
}
