package org.reportcycle.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

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
    private final PublicationStatistics statistics;
    private final MessageSource messages;

    PublicPortalController(
            PublicReports reports,
            ReportExport export,
            PublicSearch search,
            OrganizationService organization,
            PublicationStatistics statistics,
            MessageSource messages) {
        this.reports = reports;
        this.export = export;
        this.search = search;
        this.organization = organization;
        this.statistics = statistics;
        this.messages = messages;
    }

    @ModelAttribute("t")
    PortalView view(@RequestParam(name = "lang", required = false) String lang) {
        return PortalView.of(lang, messages);
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
        String query = "q=" + enc(q) + (year == null ? "" : "&year=" + year) + (level == null ? "" : "&level=" + level)
                + (unit == null ? "" : "&unit=" + unit);
        model.addAttribute("pageBase", "/public/search?" + query + "&page=");
        model.addAttribute("path", "/public/search?" + query + "&page=" + p);
        return "public/search";
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

    @GetMapping("/public/units")
    String units(Model model) {
        Map<Long, Long> counts =
                reports.list().stream().collect(Collectors.groupingBy(ReportSummary::unitId, Collectors.counting()));
        List<Unit> all = organization.allUnits().stream()
                .filter(Unit::isActive)
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        model.addAttribute("tree", tree(null, all, counts, 0));
        model.addAttribute("path", "/public/units");
        return "public/units";
    }

    private static List<UnitNode> tree(Long parentId, List<Unit> all, Map<Long, Long> counts, int depth) {
        List<UnitNode> nodes = new ArrayList<>();
        if (depth > 20) {
            return nodes;
        }
        for (Unit u : all) {
            boolean root = parentId == null
                    ? u.getParentId() == null
                            || all.stream().noneMatch(x -> x.getId().equals(u.getParentId()))
                    : parentId.equals(u.getParentId());
            if (root) {
                nodes.add(new UnitNode(
                        u.getId(),
                        u.getName(),
                        u.getLevel(),
                        counts.getOrDefault(u.getId(), 0L),
                        tree(u.getId(), all, counts, depth + 1)));
            }
        }
        return nodes;
    }

    @GetMapping("/public/units/{id}")
    String unit(@PathVariable Long id, Model model) {
        Unit unit = organization.allUnits().stream()
                .filter(u -> u.getId().equals(id) && u.isActive())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.reportNotFound", id));
        model.addAttribute("unit", unit);
        model.addAttribute(
                "reports",
                reports.list().stream().filter(r -> r.unitId().equals(id)).toList());
        model.addAttribute("path", "/public/units/" + id);
        return "public/unit";
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

    @GetMapping("/public/statistics")
    String statistics(
            @RequestParam(name = "year", required = false) Integer year,
            Model model,
            @ModelAttribute("t") PortalView t) {
        PublicationStatistics.Statistics stats = statistics.of(year).orElse(null);
        model.addAttribute("stats", stats);
        if (stats != null) {
            model.addAttribute("levelBars", PublicationStatistics.bars(stats.byLevel(), t::m));
            model.addAttribute("levelHeight", PublicationStatistics.chartHeight(stats.byLevel()));
            model.addAttribute(
                    "parentBars",
                    PublicationStatistics.bars(stats.byParent(), g -> g.isEmpty() ? t.m("portal.stats.noParent") : g));
            model.addAttribute("parentHeight", PublicationStatistics.chartHeight(stats.byParent()));
        }
        model.addAttribute("years", statistics.years());
        model.addAttribute("path", "/public/statistics" + (year == null ? "" : "?year=" + year));
        return "public/statistics";
    }

    @GetMapping("/public/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.PDF));
    }

    @GetMapping("/public/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable Long id) {
        return download(export.exportPublished(id, Format.DOCX));
    }

    private static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        ModelAndView mv = new ModelAndView("public/not-found", HttpStatus.NOT_FOUND);
        mv.addObject("t", PortalView.of(request.getParameter("lang"), messages));
        mv.addObject("path", "/public");
        return mv;
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

    /** A unit in the unit tree with its number of published reports. */
    record UnitNode(Long id, String name, UnitLevel level, long count, List<UnitNode> children) {}
}
