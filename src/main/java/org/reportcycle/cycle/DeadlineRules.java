package org.reportcycle.cycle;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What makes a set of deadlines possible: a date that is set or moved is not in the past, and each level's
 * milestones keep their order (draft ≤ legal review ≤ sign-off ≤ committee ≤ report-up ≤ publication). A
 * refusal names the level and milestone at fault, in the reader's language.
 */
final class DeadlineRules {

    private DeadlineRules() {}

    /**
     * @param current the dates the cycle has now (the statutory defaults for a cycle not yet created)
     * @param given the dates to set; only those that differ from the current ones must lie ahead
     */
    static void check(DeadlineTable current, Map<UnitLevel, Map<Milestone, LocalDate>> given, LocalDate today) {
        for (Map.Entry<UnitLevel, Map<Milestone, LocalDate>> level : given.entrySet()) {
            Map<Milestone, LocalDate> merged = new EnumMap<>(Milestone.class);
            for (Milestone m : Milestone.values()) {
                merged.put(m, current.due(level.getKey(), m));
            }
            for (Map.Entry<Milestone, LocalDate> m : level.getValue().entrySet()) {
                LocalDate date = m.getValue();
                if (date == null) {
                    continue;
                }
                if (!date.equals(merged.get(m.getKey())) && date.isBefore(today)) {
                    throw new UserFacingException(
                            "error.deadlinePast",
                            name(level.getKey()),
                            name(m.getKey()),
                            date.toString(),
                            today.toString());
                }
                merged.put(m.getKey(), date);
            }
            Milestone[] order = Milestone.values();
            for (int i = 1; i < order.length; i++) {
                LocalDate earlier = merged.get(order[i - 1]);
                LocalDate later = merged.get(order[i]);
                if (earlier.isAfter(later)) {
                    throw new UserFacingException(
                            "error.deadlineOrder",
                            name(level.getKey()),
                            name(order[i - 1]),
                            earlier.toString(),
                            name(order[i]),
                            later.toString());
                }
            }
        }
    }

    private static DefaultMessageSourceResolvable name(Milestone m) {
        return new DefaultMessageSourceResolvable(m.messageKey());
    }

    private static DefaultMessageSourceResolvable name(UnitLevel l) {
        return new DefaultMessageSourceResolvable(l.messageKey());
    }
}
