package org.reportcycle.publication;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.publication.search.PublicSearch;
import org.reportcycle.publication.search.PublicSearch.Filter;
import org.reportcycle.report.PublishedTexts.PublishedVersion;
import org.reportcycle.report.ReportExport;
import org.reportcycle.report.ReportExport.Format;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.report.VersionReason;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal (公开): server-rendered HTML without login or JavaScript, printable, in Chinese or
 * (with {@code ?lang=en}) English. Shows published reports only; anything else is "not found".
 */
@Controller
class PublicPortalController {

    static final int PAGE_SIZE = 20;

    private final PublicReports reports;
    private final ReportExport export;
    private final PublicSearch search;
    private final OrganizationService organization;

    PublicPortalController(
            PublicReports reports, ReportExport export, PublicSearch search, OrganizationService organization) {
        this.reports = reports;
        this.export = export;
        this.search = search;
        this.organization = organization;
    }

    @GetMapping({"/public", "/public/"})
    String index(Model model) {
        List<ReportSummary> all = reports.list();
        Map<Integer, List<ReportSummary>> byYear = all.stream()
                .collect(Collectors.groupingBy(
                        ReportSummary::year, () -> new TreeMap<>(Comparator.reverseOrder()), Collectors.toList()));
        model.addAttribute("byYear", byYear);
        model.addAttribute("count", all.size());
        model.addAttribute("path", "/public");
        searchForm(model, null, Filter.none());
        return "public/index";
    }

    @GetMapping("/public/search")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "level", required = false) UnitLevel level,
            @RequestParam(name = "unit", required = false) Long unit,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        Filter filter = new Filter(year, level, unit);
        int p = Math.max(1, Math.min(page, 10_000));
        searchForm(model, q, filter);
        boolean asked = q != null && !q.isBlank();
        model.addAttribute("asked", asked);
        model.addAttribute("result", asked ? search.search(q, filter, p - 1, PAGE_SIZE) : null);
        // no words asked: the filters alone choose from the published reports, listed newest year first
        List<ReportSummary> listed = asked ? List.of() : filtered(filter);
        int pages = Math.max(1, (listed.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(p, pages);
        model.addAttribute(
                "listed",
                listed.subList(
                        Math.min(listed.size(), (shown - 1) * PAGE_SIZE), Math.min(listed.size(), shown * PAGE_SIZE)));
        model.addAttribute("listedTotal", listed.size());
        model.addAttribute("listedPage", shown);
        model.addAttribute("listedPages", pages);
        String query = "q=" + enc(q) + (year == null ? "" : "&year=" + year) + (level == null ? "" : "&level=" + level)
                + (unit == null ? "" : "&unit=" + unit);
        model.addAttribute("pageBase", "/public/search?" + query + "&page=");
        model.addAttribute("path", "/public/search?" + query + "&page=" + p);
        return "public/search";
    }

    /** The published reports the year, level and unit filters let through, newest year first. */
    private List<ReportSummary> filtered(Filter filter) {
        List<ReportSummary> all = reports.list();
        Map<Long, Unit> units = filter.level() == null
                ? Map.of()
                : organization.unitsById(all.stream().map(ReportSummary::unitId).collect(Collectors.toSet()));
        return all.stream()
                .filter(r -> filter.year() == null || r.year() == filter.year())
                .filter(r -> filter.unitId() == null || filter.unitId().equals(r.unitId()))
                .filter(r -> filter.level() == null
                        || (units.containsKey(r.unitId())
                                && units.get(r.unitId()).getLevel() == filter.level()))
                .sorted(Comparator.comparing(ReportSummary::year).reversed().thenComparing(ReportSummary::unitName))
                .toList();
    }

    private void searchForm(Model model, String q, Filter filter) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "years",
                reports.list().stream()
                        .map(ReportSummary::year)
                        .distinct()
                        .sorted(Comparator.reverseOrder())
                        .toList());
        model.addAttribute("levels", UnitLevel.values());
        Set<Long> publishing =
                reports.list().stream().map(ReportSummary::unitId).collect(Collectors.toSet());
        model.addAttribute(
                "units",
                organization.allUnits().stream()
                        .filter(u -> publishing.contains(u.getId()))
                        .sorted(Comparator.comparing(Unit::getName))
                        .toList());
    }

    @GetMapping("/public/reports/{id}")
    String report(@PathVariable Long id, Model model) {
        PublishedReport report = reports.find(id).orElseThrow(() -> new NotFoundException("error.reportNotFound", id));
        List<PublishedVersion> versions = reports.versions(id);
        model.addAttribute("report", report);
        model.addAttribute("parts", sections(report));
        model.addAttribute("versions", versions);
        model.addAttribute(
                "current", versions.isEmpty() ? 0 : versions.getLast().versionNo());
        model.addAttribute("old", false);
        PublishedVersion last = versions.isEmpty() ? null : versions.getLast();
        boolean corrected = last != null && last.reason() == VersionReason.CORRECTED;
        model.addAttribute("correction", corrected ? last : null);
        model.addAttribute(
                "corrects",
                corrected && versions.size() > 1
                        ? versions.get(versions.size() - 2).versionNo()
                        : 0);
        model.addAttribute("path", "/public/reports/" + id);
        return "public/report";
    }

    @GetMapping("/public/reports/{id}/versions/{versionNo}")
    String version(@PathVariable Long id, @PathVariable int versionNo, Model model) {
        PublishedReport report =
                reports.version(id, versionNo).orElseThrow(() -> new NotFoundException("error.reportNotFound", id));
        List<PublishedVersion> versions = reports.versions(id);
        int current = versions.getLast().versionNo();
        if (versionNo == current) {
            return "redirect:/public/reports/" + id;
        }
        model.addAttribute("report", report);
        model.addAttribute("parts", sections(report));
        model.addAttribute("versions", versions);
        model.addAttribute("current", current);
        model.addAttribute("old", true);
        model.addAttribute("versionNo", versionNo);
        model.addAttribute("correction", null);
        model.addAttribute("path", "/public/reports/" + id + "/versions/" + versionNo);
        return "public/report";
    }

    @GetMapping("/public/compare")
    String compare(
            @RequestParam(name = "a", required = false) Long a,
            @RequestParam(name = "b", required = false) Long b,
            Model model) {
        model.addAttribute("all", reports.list());
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        PublishedReport left = a == null ? null : reports.find(a).orElse(null);
        PublishedReport right = b == null ? null : reports.find(b).orElse(null);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        if (left != null && right != null) {
            model.addAttribute(
                    "rows",
                    Arrays.stream(Part.documentOrder())
                            .filter(p -> !left.parts().getOrDefault(p, "").isBlank()
                                    || !right.parts().getOrDefault(p, "").isBlank())
                            .map(p -> new CompareRow(
                                    p,
                                    paragraphs(left.parts().get(p)),
                                    paragraphs(right.parts().get(p))))
                            .toList());
        }
        model.addAttribute("path", "/public/compare" + (a == null || b == null ? "" : "?a=" + a + "&b=" + b));
        return "public/compare";
    }

    @GetMapping("/public/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.PDF));
    }

    @GetMapping("/public/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.DOCX));
    }

    @GetMapping("/public/reports/{id}.ofd")
    ResponseEntity<byte[]> ofd(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.OFD));
    }

    private static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private static List<PartSection> sections(PublishedReport report) {
        return Arrays.stream(Part.documentOrder())
                .filter(p -> !report.parts().getOrDefault(p, "").isBlank())
                .map(p -> new PartSection(p, paragraphs(report.parts().get(p))))
                .toList();
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One part of a published report: its standard heading and its paragraphs. */
    record PartSection(Part part, List<String> paragraphs) {}

    /** One part of two reports side by side. */
    record CompareRow(Part part, List<String> left, List<String> right) {}
}
