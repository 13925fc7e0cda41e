package org.reportcycle.workflow;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.report.Report;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Component;

/**
 * The open tasks of 会签 (issue 20): one per co-signer still to decide, read from the open-task table. The co-sign
 * decisions themselves go through {@link WorkflowService#complete}, which picks the caller's own instance.
 */
@Component
public class CoSignTasks {

    private final OpenTasks openTasks;
    private final Candidates candidates;

    CoSignTasks(OpenTasks openTasks, Candidates candidates) {
        this.openTasks = openTasks;
        this.candidates = candidates;
    }

    /** The candidate groups of the co-sign tasks still open (one per co-signer who has not decided). */
    public List<String> waitingGroups(Report report) {
        List<String> groups = new ArrayList<>();
        for (OpenTasks.Row row : rows(report)) {
            if (row.candidateGroup() != null) {
                groups.add(row.candidateGroup());
            }
        }
        return groups;
    }

    /** Whether one of the open co-sign tasks is the person's (their own leader group, or handed to them). */
    public boolean holds(Report report, CurrentUser user) {
        List<String> groups = candidates.groupsOf(user);
        return rows(report).stream()
                .anyMatch(row -> row.assignee() != null
                        ? row.assignee().equals(user.username())
                                || user.delegators().contains(row.assignee())
                        : groups.contains(row.candidateGroup()));
    }

    private List<OpenTasks.Row> rows(Report report) {
        if (report.getStep() != Step.CO_SIGN || report.getProcessInstanceId() == null) {
            return List.of();
        }
        return openTasks.ofProcess(report.getProcessInstanceId()).stream()
                .filter(row -> Step.CO_SIGN.taskKey().equals(row.taskKey()))
                .toList();
    }
}
