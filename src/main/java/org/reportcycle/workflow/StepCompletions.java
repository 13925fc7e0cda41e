package org.reportcycle.workflow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.reportcycle.shared.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts completed steps ({@code reportcycle_step_completions_total{step=…}}) once their transaction has
 * committed, so a completion refused or rolled back is not counted. Per node: sum over the nodes.
 */
@Component
class StepCompletions {

    private final ObjectProvider<MeterRegistry> registry;

    StepCompletions(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    void completed(Step step) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null) {
            return;
        }
        Counter counter = Counter.builder("reportcycle.step.completions")
                .description("Workflow steps completed on this node")
                .tag("step", step.name())
                .register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
