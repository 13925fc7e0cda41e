package org.reportcycle.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.springframework.stereotype.Component;

/** Turns report rows into list lines with their unit's name and cycle's year, in two lookups. */
@Component
class ReportSummarizer {

    private final OrganizationService organization;
    private final CycleService cycles;

    ReportSummarizer(OrganizationService organization, CycleService cycles) {
        this.organization = organization;
        this.cycles = cycles;
    }

    List<ReportSummary> summaries(List<Report> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> units = organization.unitsById(
                found.stream().map(Report::getUnitId).distinct().toList());
        Map<Long, Integer> years = new HashMap<>();
        cycles.all().forEach(c -> years.put(c.getId(), c.getReportYear()));
        return found.stream()
                .map(r -> new ReportSummary(
                        r.getId(),
                        years.getOrDefault(r.getCycleId(), 0),
                        r.getUnitId(),
                        units.get(r.getUnitId()).getName(),
                        r.getTitle(),
                        r.getStep(),
                        r.getStepSince(),
                        r.getPublishedAt()))
                .toList();
    }
}
