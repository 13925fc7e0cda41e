package org.reportcycle.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.reportcycle.api.ApiDtos.PartDto;
import org.reportcycle.publication.PublicReports;
import org.reportcycle.publication.PublishedReport;
import org.reportcycle.publication.search.PublicSearch;
import org.reportcycle.publication.search.PublicSearch.Filter;
import org.reportcycle.publication.search.PublicSearch.Hit;
import org.reportcycle.publication.search.PublicSearch.Page;
import org.reportcycle.report.PublishedTexts.PublishedVersion;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.UnitLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Open data: published reports, no login. Anything not published does not exist here (404). */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Open data", description = "Published annual reports, no login needed")
class PublicApiController {

    static final int MAX_SIZE = 500;

    private final PublicReports reports;
    private final PublicSearch search;

    PublicApiController(PublicReports reports, PublicSearch search) {
        this.reports = reports;
        this.search = search;
    }

    /** One published report in a list. */
    record PublicReportItem(
            Long id,
            Long unitId,
            String unit,
            String level,
            int year,
            String title,
            String indexNo,
            Instant publishedAt) {
        static PublicReportItem of(Hit h) {
            return new PublicReportItem(
                    h.reportId(),
                    h.unitId(),
                    h.unitName(),
                    h.level().name(),
                    h.year(),
                    h.title(),
                    h.indexNo(),
                    h.publishedAt());
        }
    }

    /** A released version of a published report: the publication or a correction (with what it corrects). */
    record VersionDto(int version, String kind, Instant at, String note) {
        static VersionDto of(PublishedVersion v) {
            return new VersionDto(v.versionNo(), v.reason().name(), v.at(), v.note());
        }
    }

    /** A published report with its metadata and every part's heading and text (the current version). */
    record PublicReportDetail(
            Long id,
            Long unitId,
            String unit,
            int year,
            String title,
            String indexNo,
            String issuer,
            LocalDate writtenOn,
            Instant publishedAt,
            List<PartDto> parts,
            List<VersionDto> versions) {
        static PublicReportDetail of(PublishedReport r, List<PublishedVersion> versions) {
            return new PublicReportDetail(
                    r.id(),
                    r.unitId(),
                    r.unitName(),
                    r.year(),
                    r.title(),
                    r.indexNo(),
                    r.issuer(),
                    r.writtenOn(),
                    r.publishedAt(),
                    ApiDtos.partList(r.parts()),
                    versions.stream().map(VersionDto::of).toList());
        }
    }

    @GetMapping("/reports")
    @Operation(
            summary = "Published reports, newest first",
            description = "A page of published reports as a JSON array. The total is in X-Total-Count (an upper "
                    + "bound when X-Total-Exact is false), the next and previous pages in the Link header. With q, "
                    + "only reports whose text holds every word of q (Chinese works without spaces).")
    @ApiResponse(
            responseCode = "200",
            headers = {
                @Header(name = "X-Total-Count", description = "number of matching published reports"),
                @Header(name = "X-Total-Exact", description = "false when X-Total-Count is an upper bound"),
                @Header(name = "Link", description = "rel=next / rel=prev page addresses")
            })
    ResponseEntity<List<PublicReportItem>> list(
            @Parameter(description = "full-text query (words or a phrase)") @RequestParam(name = "q", required = false)
                    String q,
            @Parameter(description = "report year") @RequestParam(name = "year", required = false) Integer year,
            @Parameter(description = "unit level") @RequestParam(name = "level", required = false) UnitLevel level,
            @Parameter(description = "unit id") @RequestParam(name = "unit", required = false) Long unit,
            @Parameter(description = "page number, from 0") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "page size, 1–500") @RequestParam(name = "size", defaultValue = "100") int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(MAX_SIZE, size));
        Filter filter = new Filter(year, level, unit);
        Page result = q == null || q.isBlank() ? search.list(filter, p, s) : search.search(q, filter, p, s);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(result.total()))
                .header("X-Total-Exact", String.valueOf(result.totalExact()));
        StringBuilder link = new StringBuilder();
        if (result.hasNext()) {
            link.append('<').append(pageUrl(p + 1, s)).append(">; rel=\"next\"");
        }
        if (p > 0) {
            link.append(link.isEmpty() ? "" : ", ")
                    .append('<')
                    .append(pageUrl(p - 1, s))
                    .append(">; rel=\"prev\"");
        }
        if (!link.isEmpty()) {
            ok.header("Link", link.toString());
        }
        return ok.body(result.hits().stream().map(PublicReportItem::of).toList());
    }

    private static String pageUrl(int page, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
    }

    @GetMapping("/reports/{id}")
    @Operation(
            summary = "A published report",
            description = "Metadata (索引号, 发布机构, 成文日期, 发布日期), every part's heading and text, and the "
                    + "released versions (publication and corrections). 404 for anything not published.")
    @ApiResponse(responseCode = "404", description = "no such published report")
    PublicReportDetail get(@PathVariable Long id) {
        return reports.find(id)
                .map(r -> PublicReportDetail.of(r, reports.versions(id)))
                .orElseThrow(() -> new NotFoundException("error.reportNotFound", id));
    }
}
