package org.reportcycle.workflow;

import java.time.Instant;
import java.util.List;
import org.reportcycle.shared.Step;

/** The open step of a report: who may act and by when. */
public record CurrentTask(String taskId, Step step, List<String> candidates, Instant created, Instant due,
        boolean overdue) {}
