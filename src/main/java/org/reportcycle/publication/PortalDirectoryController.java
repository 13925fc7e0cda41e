package org.reportcycle.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.UnitLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's directory: the unit tree with each unit's published reports, and the statistics of publication. */
@Controller
class PortalDirectoryController {

    private final PublicReports reports;
    private final OrganizationService organization;
    private final PublicationStatistics statistics;

    PortalDirectoryController(
            PublicReports reports, OrganizationService organization, PublicationStatistics statistics) {
        this.reports = reports;
        this.organization = organization;
        this.statistics = statistics;
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

    /** A unit in the unit tree with its number of published reports. */
    record UnitNode(Long id, String name, UnitLevel level, long count, List<UnitNode> children) {}
}
