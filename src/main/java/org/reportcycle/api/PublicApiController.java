package org.reportcycle.api;

import java.util.List;
import org.reportcycle.api.ApiDtos.PublicReportDetail;
import org.reportcycle.api.ApiDtos.PublicReportItem;
import org.reportcycle.publication.PublicReports;
import org.reportcycle.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data: published reports, no login. */
@RestController
@RequestMapping("/api/v1/public")
class PublicApiController {

    private final PublicReports reports;

    PublicApiController(PublicReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    List<PublicReportItem> list() {
        return reports.list().stream()
                .map(s -> PublicReportItem.of(s, reports.find(s.id()).map(r -> r.indexNo()).orElse(null)))
                .toList();
    }

    @GetMapping("/reports/{id}")
    PublicReportDetail get(@PathVariable Long id) {
        return reports.find(id).map(PublicReportDetail::of)
                .orElseThrow(() -> new NotFoundException("error.reportNotFound", id));
    }
}
