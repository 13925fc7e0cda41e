package org.reportcycle.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.publication.search.PublicSearch;
import org.reportcycle.publication.search.PublicSearch.Filter;
import org.reportcycle.publication.search.PublicSearch.Hit;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.UnitLevel;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Following publications: an Atom feed (all, per unit, per level) and a sitemap of the portal. */
@RestController
class PublicFeedController {

    static final int FEED_SIZE = 50;

    private final PublicSearch search;
    private final PublicReports reports;
    private final OrganizationService organization;
    private final MessageSource messages;
    private final String baseUrl;

    PublicFeedController(
            PublicSearch search,
            PublicReports reports,
            OrganizationService organization,
            MessageSource messages,
            ReportCycleSettings settings) {
        this.search = search;
        this.reports = reports;
        this.organization = organization;
        this.messages = messages;
        String baseUrl = settings.publicBaseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> feed(
            @RequestParam(name = "unit", required = false) Long unit,
            @RequestParam(name = "level", required = false) UnitLevel level) {
        List<Hit> hits =
                search.list(new Filter(null, level, unit), 0, FEED_SIZE).hits();
        String title = messages.getMessage("portal.feed.title", null, Locale.SIMPLIFIED_CHINESE);
        if (unit != null) {
            title += " — "
                    + organization.allUnits().stream()
                            .filter(u -> u.getId().equals(unit))
                            .map(Unit::getName)
                            .findFirst()
                            .orElse("");
        }
        if (level != null) {
            title += " — " + messages.getMessage(level.messageKey(), null, Locale.SIMPLIFIED_CHINESE);
        }
        String self = baseUrl + "/public/feed.atom"
                + (unit == null && level == null
                        ? ""
                        : "?" + (unit == null ? "" : "unit=" + unit) + (unit != null && level != null ? "&amp;" : "")
                                + (level == null ? "" : "level=" + level));
        Instant updated = hits.isEmpty() ? Instant.EPOCH : hits.getFirst().publishedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("  <id>")
                .append(self)
                .append("</id>\n")
                .append("  <title>")
                .append(esc(title))
                .append("</title>\n")
                .append("  <updated>")
                .append(time(updated))
                .append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(self)
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(baseUrl)
                .append("/public\"/>\n");
        for (Hit h : hits) {
            String url = baseUrl + "/public/reports/" + h.reportId();
            xml.append("  <entry>\n")
                    .append("    <id>")
                    .append(url)
                    .append("</id>\n")
                    .append("    <title>")
                    .append(esc(h.title()))
                    .append("</title>\n")
                    .append("    <updated>")
                    .append(time(h.publishedAt()))
                    .append("</updated>\n")
                    .append("    <published>")
                    .append(time(h.publishedAt()))
                    .append("</published>\n")
                    .append("    <author><name>")
                    .append(esc(h.unitName()))
                    .append("</name></author>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(url)
                    .append("\"/>\n")
                    .append("    <link rel=\"enclosure\" type=\"application/pdf\" href=\"")
                    .append(url)
                    .append(".pdf\"/>\n")
                    .append("    <category term=\"")
                    .append(h.level())
                    .append("\"/>\n")
                    .append("    <summary>")
                    .append(esc(h.unitName() + " " + h.year() + "年度"))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(xml.toString());
    }

    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path :
                List.of("/public", "/public/units", "/public/search", "/public/compare", "/public/statistics")) {
            xml.append("  <url><loc>").append(baseUrl).append(path).append("</loc></url>\n");
        }
        List<ReportSummary> all = reports.list();
        all.stream()
                .map(ReportSummary::unitId)
                .distinct()
                .forEach(id -> xml.append("  <url><loc>")
                        .append(baseUrl)
                        .append("/public/units/")
                        .append(id)
                        .append("</loc></url>\n"));
        for (ReportSummary r : all) {
            xml.append("  <url><loc>")
                    .append(baseUrl)
                    .append("/public/reports/")
                    .append(r.id())
                    .append("</loc>");
            if (r.publishedAt() != null) {
                xml.append("<lastmod>")
                        .append(DateTimeFormatter.ISO_LOCAL_DATE.format(
                                r.publishedAt().atZone(PortalView.ZONE)))
                        .append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at == null ? Instant.EPOCH : at);
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
