package org.reportcycle.office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;

/**
 * One unit's line on the dashboard.
 *
 * @param due the deadline of the step the report is at (null once published)
 * @param daysLeft days from today to {@code due}; negative when overdue
 * @param holders the people who may act on the open step now (display names)
 * @param lastActivity the newest audit record of the report, or when it entered its step
 */
public record DashboardRow(
        Long reportId,
        Long unitId,
        String unitName,
        UnitLevel level,
        Step step,
        Instant stepSince,
        LocalDate due,
        long daysLeft,
        boolean overdue,
        Instant lastActivity,
        List<String> holders) {}
