package org.reportcycle.cycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;

/** A cycle's deadlines, looked up by unit level and milestone. */
public record DeadlineTable(int reportYear, Map<UnitLevel, Map<Milestone, LocalDate>> dates) {

    public DeadlineTable {
        dates = Map.copyOf(dates);
    }

    /** The configured date, or the statutory default when none was set for that level. */
    public LocalDate due(UnitLevel level, Milestone milestone) {
        return Optional.ofNullable(dates.get(level))
                .map(m -> m.get(milestone))
                .orElseGet(() -> milestone.defaultDue(reportYear));
    }
}
