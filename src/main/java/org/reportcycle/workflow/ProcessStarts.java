package org.reportcycle.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.task.api.Task;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts reports' processes at the drafting step: one at a time, or thousands in a cycle opening (by the
 * definition's id, with the units' leader counts known, the first tasks read in one query and their candidates
 * told together).
 */
@Service
public class ProcessStarts {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ReportLifecycle reports;
    private final OrganizationService organization;
    private final TaskNotifier notifier;
    private final WorkflowService workflow;
    private final ManagementService management;

    ProcessStarts(
            ManagementService management,
            RuntimeService runtime,
            TaskService tasks,
            RepositoryService repository,
            ReportLifecycle reports,
            OrganizationService organization,
            TaskNotifier notifier,
            WorkflowService workflow) {
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.reports = reports;
        this.organization = organization;
        this.notifier = notifier;
        this.workflow = workflow;
    }

    /** Starts the report's process at the drafting step. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(Report report) {
        start(report, null, organization.leaderCount(report.getUnitId()));
    }

    /** The id of the report process's current definition: {@link #start(Report, String, int)} starts by it. */
    public String currentDefinitionId() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(WorkflowService.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getId();
    }

    /**
     * Starts the report's process at the drafting step, by the definition's id (the current one when null)
     * and with the unit's number of leaders already known: an opening starts thousands of processes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(Report report, String processDefinitionId, int leaderCount) {
        startProcess(report, processDefinitionId, leaderCount);
        workflow.notifyOpenTask(report, "task");
    }

    /**
     * Starts the processes of many reports as {@link #start(Report, String, int)} does, then reads their first
     * tasks with the candidate groups in one query and tells the candidates together. The starts run inside
     * one engine command: each start reuses its context, so the engine writes the instances, tasks, variables
     * and history of the whole group when the command ends, as multi-row inserts per table, instead of about
     * fourteen statements per instance; in the caller's transaction, so nothing of it commits alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void startAll(List<Report> started, String processDefinitionId, Map<Long, Integer> leaderCounts) {
        if (started.isEmpty()) {
            return;
        }
        management.executeCommand(commandContext -> {
            for (Report report : started) {
                startProcess(report, processDefinitionId, leaderCounts.getOrDefault(report.getUnitId(), 0));
            }
            return null;
        });
        Map<String, Task> first = new HashMap<>();
        tasks.createTaskQuery()
                .processInstanceIdIn(
                        started.stream().map(Report::getProcessInstanceId).toList())
                .includeIdentityLinks()
                .list()
                .forEach(t -> first.putIfAbsent(t.getProcessInstanceId(), t));
        List<TaskNotifier.Opened> opened = new ArrayList<>();
        for (Report report : started) {
            Task t = first.get(report.getProcessInstanceId());
            if (t != null) {
                opened.add(new TaskNotifier.Opened(
                        report,
                        Step.ofTaskKey(t.getTaskDefinitionKey()).orElse(report.getStep()),
                        t.getIdentityLinks().stream()
                                .map(IdentityLinkInfo::getGroupId)
                                .filter(g -> g != null)
                                .toList(),
                        t.getAssignee()));
            }
        }
        notifier.tasksOpened(opened, "task");
    }

    private void startProcess(Report report, String processDefinitionId, int leaderCount) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.REPORT_ID, report.getId());
        vars.put(Vars.UNIT_ID, report.getUnitId());
        vars.put(Vars.LEADER_INDEX, 1);
        vars.put(Vars.LEADER_COUNT, leaderCount);
        vars.put(Vars.DECISION, "");
        var builder = runtime.createProcessInstanceBuilder();
        if (processDefinitionId == null) {
            builder.processDefinitionKey(WorkflowService.PROCESS_KEY);
        } else {
            builder.processDefinitionId(processDefinitionId);
        }
        String pid = builder.businessKey(String.valueOf(report.getId()))
                .variables(vars)
                .start()
                .getId();
        reports.attachProcess(report, pid);
    }
}
