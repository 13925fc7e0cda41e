package org.reportcycle.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.Step;
import org.reportcycle.workflow.EngineStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The business gauges at /actuator/prometheus, read from the database when scraped (at most once per
 * {@code reportcycle.metrics.max-age}, default 5 s, however many gauges a scrape reads), so every node reports the same values:
 * {@code reportcycle_reports{step}} (reports at each step), {@code reportcycle_overdue_tasks},
 * {@code reportcycle_timer_backlog} (due timer jobs not yet run), {@code reportcycle_dead_letter_jobs}.
 * The step completions counter is per node (see the workflow's StepCompletions).
 */
@Component
class BusinessMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;
    private final EngineStatus engine;
    private final Clock clock;
    private final long maxAgeMillis;
    private volatile Snapshot snapshot;

    BusinessMetrics(JdbcTemplate jdbc, EngineStatus engine, Clock clock, ReportCycleSettings settings) {
        this.maxAgeMillis = settings.metrics().maxAge().toMillis();
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Step step : Step.values()) {
            Gauge.builder("reportcycle.reports", this, m -> m.current().reportsAt(step))
                    .description("Reports at each step of the cycle (all nodes see the same value)")
                    .tag("step", step.name())
                    .register(registry);
        }
        Gauge.builder("reportcycle.overdue.tasks", this, m -> m.current().overdue())
                .description("Open workflow tasks past their due date")
                .register(registry);
        Gauge.builder("reportcycle.timer.backlog", this, m -> m.current().dueTimers())
                .description("Timer jobs that are due and not yet run by any node")
                .register(registry);
        Gauge.builder("reportcycle.dead.letter.jobs", this, m -> m.current().deadLetters())
                .description("Jobs that failed every retry")
                .register(registry);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = clock.millis();
        if (s == null || now - s.takenAt() >= maxAgeMillis || now < s.takenAt()) {
            s = take(now);
            snapshot = s;
        }
        return s;
    }

    private Snapshot take(long now) {
        Map<Step, Long> byStep = new EnumMap<>(Step.class);
        jdbc.query("SELECT step, COUNT(*) FROM rc_report GROUP BY step", rs -> {
            try {
                byStep.put(Step.valueOf(rs.getString(1)), rs.getLong(2));
            } catch (IllegalArgumentException unknownStep) {
                // a step name written by a newer version: not one of ours to report
            }
        });
        return new Snapshot(now, byStep, engine.overdueTasks(), engine.dueTimers(), engine.deadLetterJobs());
    }

    private record Snapshot(long takenAt, Map<Step, Long> byStep, long overdue, long dueTimers, long deadLetters) {
        double reportsAt(Step step) {
            return byStep.getOrDefault(step, 0L);
        }
    }
}
