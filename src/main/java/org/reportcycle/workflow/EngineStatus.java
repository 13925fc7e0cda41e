package org.reportcycle.workflow;

import java.time.Clock;
import java.util.Date;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operations needs to know about the process engine without touching Flowable: open tasks past their
 * due date, timer jobs that are due but not yet run, jobs that failed for good. Counts over the whole
 * database, so every node reports the same figures.
 */
@Component
public class EngineStatus {

    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final AsyncExecutor asyncExecutor;
    private final Clock clock;

    EngineStatus(
            TaskService tasks,
            ManagementService management,
            RepositoryService repository,
            ProcessEngineConfiguration configuration,
            Clock clock) {
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.asyncExecutor = configuration.getAsyncExecutor();
        this.clock = clock;
    }

    /** Open user tasks whose due date has passed. */
    @Transactional(readOnly = true)
    public long overdueTasks() {
        return tasks.createTaskQuery()
                .active()
                .taskDueBefore(Date.from(clock.instant()))
                .count();
    }

    /** Timer jobs whose time has come and that no node has run yet: the timer backlog. */
    @Transactional(readOnly = true)
    public long dueTimers() {
        return management.createTimerJobQuery().executable().count();
    }

    /** Jobs that failed every retry and wait for someone to look at them. */
    @Transactional(readOnly = true)
    public long deadLetterJobs() {
        return management.createDeadLetterJobQuery().count();
    }

    /** The deployed version of the annual report process, or 0 when it is not deployed. */
    @Transactional(readOnly = true)
    public int processVersion() {
        var latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(WorkflowService.PROCESS_KEY)
                .latestVersion()
                .singleResult();
        return latest == null ? 0 : latest.getVersion();
    }

    /** Whether this node's job executor runs (takes timers and asynchronous jobs). */
    public boolean jobExecutorActive() {
        return asyncExecutor != null && asyncExecutor.isActive();
    }
}
