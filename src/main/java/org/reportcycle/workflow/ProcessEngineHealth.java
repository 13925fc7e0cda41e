package org.reportcycle.workflow;

import org.flowable.spring.boot.FlowableProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the process engine ({@code processEngine} in /actuator/health and the readiness group): up when
 * the engine answers, the annual report process is deployed and, where configured, this node's job executor
 * runs. The timer backlog and dead-letter jobs are shown as details to administrators.
 */
@Component("processEngineHealthIndicator")
class ProcessEngineHealth extends AbstractHealthIndicator {

    private final EngineStatus status;
    private final boolean executorExpected;

    ProcessEngineHealth(EngineStatus status, FlowableProperties flowable) {
        super("Process engine health check failed");
        this.status = status;
        this.executorExpected = flowable.isAsyncExecutorActivate();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int version = status.processVersion();
        boolean executor = status.jobExecutorActive();
        builder.withDetail("processVersion", version)
                .withDetail("jobExecutorActive", executor)
                .withDetail("dueTimers", status.dueTimers())
                .withDetail("deadLetterJobs", status.deadLetterJobs());
        if (version == 0 || (executorExpected && !executor)) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
