package org.reportcycle.workflow;

import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a report's process outside its normal paths: back to an earlier step (withdrawal, an
 * administrator's return) and handing the open task to one person (转办). Callers check who may.
 */
@Service
public class FlowControl {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ReportLifecycle reports;
    private final WorkflowService workflow;

    public FlowControl(RuntimeService runtime, TaskService tasks, ReportLifecycle reports, WorkflowService workflow) {
        this.workflow = workflow;
        this.runtime = runtime;
        this.tasks = tasks;
        this.reports = reports;
    }

    /** Moves the report from its current step back to {@code target}; leader sign-off restarts at the first leader. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveBack(Report report, Step target) {
        move(report, target, 1);
    }

    /**
     * The person deciding at the report's current step (a candidate of its open task, checked here) sends it back
     * to an earlier step; at sign-off, to the leader at {@code signer} (1-based) in the unit's order. Which steps
     * each role may return to is the caller's rule.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnByDecider(Report report, CurrentUser user, Step target, int signer) {
        // the added signer (加签) may not return it, nor the leader while they wait for the added signature
        workflow.requireNoAddedSignerWaiting(report);
        workflow.actorTask(report, report.getStep(), user);
        move(report, target, signer);
    }

    private void move(Report report, Step target, int signer) {
        Step current = report.getStep();
        if (current == Step.PUBLISHED || current.taskKey() == null || report.getProcessInstanceId() == null) {
            throw new ConflictException("error.wrongStep");
        }
        runtime.createChangeActivityStateBuilder()
                .processInstanceId(report.getProcessInstanceId())
                .moveActivityIdTo(current.taskKey(), target.taskKey())
                .processVariables(Map.of(Vars.LEADER_INDEX, signer, Vars.DECISION, Decision.MOVED))
                .changeState();
        reports.moveTo(report, target);
        workflow.notifyOpenTask(report, "returned");
    }

    /** Hands the report's open task to one person: only they see it in their inbox and may complete it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(Report report, String username) {
        workflow.requireNoAddedSignerWaiting(report);
        Task task = openTask(report);
        tasks.setAssignee(task.getId(), username);
        workflow.notifyOpenTask(report, "task");
    }

    /** Who the open task is handed to, if anyone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String assignee(Report report) {
        return openTask(report).getAssignee();
    }

    private Task openTask(Report report) {
        if (report.getProcessInstanceId() == null) {
            throw new ConflictException("error.wrongStep");
        }
        return tasks.createTaskQuery().processInstanceId(report.getProcessInstanceId()).list().stream()
                .filter(t -> report.getStep().taskKey() != null
                        && report.getStep().taskKey().equals(t.getTaskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.wrongStep"));
    }
}
