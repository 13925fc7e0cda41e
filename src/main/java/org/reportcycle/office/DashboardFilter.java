package org.reportcycle.office;

import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;

/**
 * What the tracking dashboard shows of a cycle: all its units, or those of one level, at one step,
 * overdue only, or within the sub-tree under one unit (the unit itself included). Null means "any".
 */
public record DashboardFilter(Long cycleId, UnitLevel level, Step step, boolean overdueOnly, Long subtreeOf) {

    public static DashboardFilter of(Long cycleId) {
        return new DashboardFilter(cycleId, null, null, false, null);
    }

    public DashboardFilter withStep(Step newStep) {
        return new DashboardFilter(cycleId, level, newStep, overdueOnly, subtreeOf);
    }

    public DashboardFilter overdue() {
        return new DashboardFilter(cycleId, level, step, true, subtreeOf);
    }
}
