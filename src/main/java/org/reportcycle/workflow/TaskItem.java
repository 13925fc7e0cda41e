package org.reportcycle.workflow;

import java.time.Instant;
import org.reportcycle.shared.Step;

/** One open task in a person's inbox. */
public record TaskItem(
        String taskId,
        Long reportId,
        Long unitId,
        String unitName,
        int year,
        String title,
        Step step,
        Instant created,
        Instant due,
        boolean overdue) {}
