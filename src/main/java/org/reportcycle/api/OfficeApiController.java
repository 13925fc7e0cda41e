package org.reportcycle.api;

import java.util.List;
import org.reportcycle.office.BatchAcceptance;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.office.OfficeReviewService.ReceivedReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervising office's received-reports register (审查备案), for administrators. */
@RestController
@RequestMapping("/api/v1/office")
class OfficeApiController {

    private final OfficeReviewService office;
    private final BatchAcceptance batch;

    OfficeApiController(OfficeReviewService office, BatchAcceptance batch) {
        this.office = office;
        this.batch = batch;
    }

    /** The reports to accept at once, and one note for all. */
    record BatchAcceptRequest(List<Long> reportIds, String note) {}

    @PostMapping("/accept-batch")
    BatchAcceptance.Outcome acceptBatch(@RequestBody BatchAcceptRequest body) {
        return batch.acceptAll(body.reportIds() == null ? List.of() : body.reportIds(), body.note());
    }

    @GetMapping("/register")
    List<ReceivedReport> register(@RequestParam int year) {
        return office.register(year);
    }
}
