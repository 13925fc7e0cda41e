package org.reportcycle.workflow;

import java.time.Instant;
import java.util.List;
import org.reportcycle.shared.Step;

/** The open step of a report: who may act (its candidate groups, or the one person it was handed to) and by when. */
public record CurrentTask(
        String taskId,
        Step step,
        List<String> candidates,
        String assignee,
        Instant created,
        Instant due,
        boolean overdue) {}
