package org.reportcycle.office;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.shared.Role;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.CurrentTask;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.stereotype.Component;

/**
 * Who holds a report's open step: the one person it was handed to (转办), or the unit's members in the
 * step's role whose group is a candidate (for sign-off, only the leader whose turn it is).
 */
@Component
class TaskHolders {

    private final WorkflowService workflow;
    private final OrganizationService organization;
    private final Candidates candidates;

    TaskHolders(WorkflowService workflow, OrganizationService organization, Candidates candidates) {
        this.workflow = workflow;
        this.organization = organization;
        this.candidates = candidates;
    }

    /** The holders of the report's open step; empty when its process has ended or the office holds it. */
    List<MemberView> of(Report report) {
        CurrentTask task = workflow.currentTask(report).orElse(null);
        if (task == null || task.step().actor() == null) {
            return List.of();
        }
        Role role = task.step().actor();
        Long unitId = report.getUnitId();
        Set<MemberView> found = new LinkedHashSet<>();
        for (MemberView m : organization.members(unitId, role)) {
            boolean handedToThem = task.assignee() != null && task.assignee().equals(m.username());
            String group = m.role() == Role.LEADER
                    ? candidates.leaderGroup(unitId, m.signOrder())
                    : candidates.group(unitId, m.role().name());
            if (handedToThem || (task.assignee() == null && task.candidates().contains(group))) {
                found.add(m);
            }
        }
        if (task.assignee() != null && found.isEmpty()) {
            organization
                    .user(task.assignee())
                    .ifPresent(u -> found.add(
                            new MemberView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), role, 0)));
        }
        return List.copyOf(found);
    }
}
