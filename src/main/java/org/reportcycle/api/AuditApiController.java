package org.reportcycle.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.reportcycle.audit.AuditCsv;
import org.reportcycle.audit.AuditFilter;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.audit.AuditQueries.Verification;
import org.reportcycle.audit.AuditRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The system-wide audit trail and its verification, for administrators (checked by the service). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    /** A page of the trail: at most this many records (the CSV export takes up to 10,000). */
    static final int MAX_SIZE = 1000;

    private final AuditQueries audit;

    AuditApiController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/verify")
    Verification verify() {
        return audit.verify();
    }

    @GetMapping
    ResponseEntity<List<AuditRecord>> search(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long reportId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", required = false) Integer size,
            @RequestParam(name = "limit", required = false) Integer limit) {
        int p = Paging.page(page);
        int s = Math.max(1, Math.min(MAX_SIZE, size != null ? size : limit != null ? limit : 100));
        AuditFilter filter = new AuditFilter(unitId, reportId, actor, action, from, to);
        return Paging.answer(audit.search(filter, p * s, s), audit.count(filter), p, s);
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long reportId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        List<AuditRecord> records = audit.search(new AuditFilter(unitId, reportId, actor, action, from, to), 0, 10_000);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(AuditCsv.write(records, ZoneId.of("Asia/Shanghai")));
    }
}
