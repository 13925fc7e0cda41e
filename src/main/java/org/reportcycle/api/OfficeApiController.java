package org.reportcycle.api;

import java.util.List;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.office.OfficeReviewService.ReceivedReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervising office's received-reports register (审查备案), for administrators. */
@RestController
@RequestMapping("/api/v1/office")
class OfficeApiController {

    private final OfficeReviewService office;

    OfficeApiController(OfficeReviewService office) {
        this.office = office;
    }

    @GetMapping("/register")
    List<ReceivedReport> register(@RequestParam int year) {
        return office.register(year);
    }
}
