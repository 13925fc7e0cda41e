package org.reportcycle.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.DeadlineTable;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.PublishedTexts;
import org.reportcycle.report.PublishedTexts.PublicationState;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transparency statistics per cycle: of the units with a report in the cycle, how many published by
 * their level's publication deadline (4月1日 by default), how many late, how many not yet — per level
 * and per parent unit.
 */
@Service
@Transactional(readOnly = true)
public class PublicationStatistics {

    static final int CHART_WIDTH = 360;
    static final int BAR_HEIGHT = 22;
    static final int LABEL_WIDTH = 150;

    private final PublishedTexts texts;
    private final CycleService cycles;
    private final OrganizationService organization;

    public PublicationStatistics(PublishedTexts texts, CycleService cycles, OrganizationService organization) {
        this.texts = texts;
        this.cycles = cycles;
        this.organization = organization;
    }

    /** One group's counts. */
    public record Row(String group, int onTime, int late, int notYet) {
        public int total() {
            return onTime + late + notYet;
        }

        Row plus(Classified c) {
            return new Row(
                    group,
                    onTime + (c == Classified.ON_TIME ? 1 : 0),
                    late + (c == Classified.LATE ? 1 : 0),
                    notYet + (c == Classified.NOT_YET ? 1 : 0));
        }
    }

    /** A cycle's statistics: the total, per level (level names are message keys) and per parent unit. */
    public record Statistics(
            int year, Map<UnitLevel, LocalDate> deadlines, Row total, List<Row> byLevel, List<Row> byParent) {}

    /** One bar of the stacked bar chart, in SVG user units. */
    public record Bar(String label, int y, int onTime, int late, int notYet, int textY) {}

    enum Classified {
        ON_TIME,
        LATE,
        NOT_YET
    }

    public List<Integer> years() {
        return cycles.all().stream()
                .map(Cycle::getReportYear)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The statistics of the cycle of the year, or of the latest cycle when the year is null. */
    public Optional<Statistics> of(Integer year) {
        Optional<Cycle> cycle = year == null
                ? cycles.all().stream().max(Comparator.comparingInt(Cycle::getReportYear))
                : cycles.byYear(year);
        return cycle.map(this::of);
    }

    private Statistics of(Cycle cycle) {
        DeadlineTable deadlines = cycles.deadlines(cycle.getId());
        Map<Long, Unit> units = organization.unitsById();
        Map<UnitLevel, LocalDate> dues = new LinkedHashMap<>();
        Map<UnitLevel, Row> byLevel = new LinkedHashMap<>();
        Map<String, Row> byParent = new TreeMap<>();
        Row total = new Row("", 0, 0, 0);
        for (UnitLevel level : UnitLevel.values()) {
            dues.put(level, deadlines.due(level, Milestone.PUBLICATION));
        }
        for (PublicationState s : texts.publicationStates(cycle.getId())) {
            Unit unit = units.get(s.unitId());
            if (unit == null) {
                continue;
            }
            LocalDate due = dues.get(unit.getLevel());
            Classified c = s.publishedAt() == null
                    ? Classified.NOT_YET
                    : due == null
                                    || !s.publishedAt()
                                            .atZone(PortalView.ZONE)
                                            .toLocalDate()
                                            .isAfter(due)
                            ? Classified.ON_TIME
                            : Classified.LATE;
            total = total.plus(c);
            byLevel.merge(
                    unit.getLevel(),
                    new Row(unit.getLevel().messageKey(), 0, 0, 0).plus(c),
                    PublicationStatistics::add);
            Unit parent = unit.getParentId() == null ? null : units.get(unit.getParentId());
            String parentName = parent == null ? "" : parent.getName();
            byParent.merge(parentName, new Row(parentName, 0, 0, 0).plus(c), PublicationStatistics::add);
        }
        return new Statistics(
                cycle.getReportYear(),
                dues,
                total,
                new ArrayList<>(byLevel.values()),
                new ArrayList<>(byParent.values()));
    }

    private static Row add(Row a, Row b) {
        return new Row(a.group(), a.onTime() + b.onTime(), a.late() + b.late(), a.notYet() + b.notYet());
    }

    /** Stacked horizontal bars (on time, late, not yet) scaled to the largest group; labels translated. */
    public static List<Bar> bars(List<Row> rows, Function<String, String> label) {
        int max = rows.stream().mapToInt(Row::total).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = 10 + i * (BAR_HEIGHT + 10);
            bars.add(new Bar(
                    label.apply(r.group()),
                    y,
                    scale(r.onTime(), max),
                    scale(r.late(), max),
                    scale(r.notYet(), max),
                    y + BAR_HEIGHT / 2 + 5));
        }
        return bars;
    }

    public static int chartHeight(List<Row> rows) {
        return 20 + rows.size() * (BAR_HEIGHT + 10);
    }

    private static int scale(int n, int max) {
        return max == 0 ? 0 : Math.round((float) n * CHART_WIDTH / max);
    }
}
