package org.reportcycle.workflow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Each step's counter, made on first use (looking the registry up on every step cost more than counting). */
    private final Map<Step, Counter> counters = new ConcurrentHashMap<>();

    StepCompletions(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    void completed(Step step) {
        Counter counter = counters.computeIfAbsent(step, this::counter);
        if (counter == null) {
            return;
        }
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

    private Counter counter(Step step) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null
                ? null
                : Counter.builder("reportcycle.step.completions")
                        .description("Workflow steps completed on this node")
                        .tag("step", step.name())
                        .register(meters);
    }
}
