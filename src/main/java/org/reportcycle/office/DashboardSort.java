package org.reportcycle.office;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders the dashboard offers; {@link #URGENCY} puts the nearest (or most overdue) deadline first. */
public enum DashboardSort {
    URGENCY("CASE WHEN d.due_date IS NULL THEN 1 ELSE 0 END, d.due_date, r.step_since, u.name, r.id"),
    UNIT("u.name, r.id"),
    STEP("r.step, u.name, r.id"),
    DUE("CASE WHEN d.due_date IS NULL THEN 1 ELSE 0 END, d.due_date, u.name, r.id");

    private final String orderBy;

    DashboardSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy(boolean descending) {
        if (!descending) {
            return orderBy;
        }
        return Arrays.stream(orderBy.split(", ")).map(c -> c + " DESC").collect(Collectors.joining(", "));
    }
}
