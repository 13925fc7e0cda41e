package org.reportcycle.workflow;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.ProcessEngineConfiguration;
import org.reportcycle.cluster.ClusterLock;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deadline reminders and escalations of the open tasks (instead of two BPMN boundary timers per user
 * task): every {@code reportcycle.deadlines.scan-every} one node (a {@link ClusterLock} lease) reads the open
 * tasks' due dates from {@code rc_open_task} and, for each task whose reminder or escalation moment has come,
 * records the notice under the key (task, kind, due date) in {@code rc_deadline_notice} and sends it, in one
 * transaction per notice — so each goes out exactly once per task and due date, even if two nodes scan at
 * once; a task whose due date moved has a new key and is reminded again. A reminder whose due day has already
 * passed is not sent: the escalation speaks instead.
 */
@Component
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);
    static final String REMIND = "REMIND";
    static final String OVERDUE = "OVERDUE";

    private final DeadlineTimers deadlines;
    private final ClusterLock lock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate each;
    private final ProcessEngineConfiguration engine;
    private final Duration every;
    private final int remindDaysBefore;
    private ScheduledExecutorService worker;

    DeadlineReminders(
            DeadlineTimers deadlines,
            ClusterLock lock,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ProcessEngineConfiguration engine,
            ReportCycleSettings settings) {
        this.deadlines = deadlines;
        this.lock = lock;
        this.jdbc = jdbc;
        this.engine = engine;
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.every = settings.deadlines().scanEvery();
        this.remindDaysBefore = settings.deadlines().remindDaysBefore();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "deadline-reminders");
            t.setDaemon(true);
            return t;
        });
        worker.scheduleWithFixedDelay(this::scanQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private void scanQuietly() {
        try {
            lock.runIfFree("deadline-reminders", every.multipliedBy(10).plusMinutes(5), this::scan);
        } catch (RuntimeException e) {
            log.warn("deadline scan failed, tried again in {}", every, e);
        }
    }

    /**
     * One scan: sends the reminders and escalations whose moment has come and that were not sent for the task's
     * current due date; returns how many were sent. Runs on the calling thread (the tests call it directly).
     */
    public int scan() {
        return scan(List.of());
    }

    /**
     * The scan limited to the open tasks of these reports (all when empty): for tests, which share one database
     * and must not send notices of other tests' reports.
     */
    public int scan(Collection<Long> reportIds) {
        Instant now = engine.getClock().getCurrentTime().toInstant();
        jdbc.update("DELETE FROM rc_deadline_notice WHERE NOT EXISTS "
                + "(SELECT 1 FROM rc_open_task t WHERE t.task_id = rc_deadline_notice.task_id)");
        int sent = 0;
        // escalations: due before now, not yet escalated for this due date
        for (Due task : due(OVERDUE, null, now.minusSeconds(1), reportIds)) {
            if (!now.isBefore(DeadlineTimers.overdueAt(task.dueAt())) && send(task, OVERDUE, now)) {
                sent++;
            }
        }
        // reminders: due ahead, within the reminder window (a day's margin; the exact moment is checked here)
        for (Due task : due(REMIND, now, now.plus(Duration.ofDays(remindDaysBefore + 1L)), reportIds)) {
            if (!now.isBefore(deadlines.remindAt(task.dueAt())) && send(task, REMIND, now)) {
                sent++;
            }
        }
        return sent;
    }

    private record Due(String taskId, Long reportId, Step step, Instant dueAt) {}

    /** The open tasks of the process due in [from, to] (from null: any time before to) without this notice. */
    private List<Due> due(String kind, Instant from, Instant to, Collection<Long> reportIds) {
        List<Object> args = new ArrayList<>(List.of(kind));
        String range = from == null ? "t.due_at <= ?" : "t.due_at >= ? AND t.due_at <= ?";
        if (from != null) {
            args.add(Timestamp.from(from));
        }
        args.add(Timestamp.from(to));
        if (!reportIds.isEmpty()) {
            range += " AND t.report_id IN (" + String.join(", ", Collections.nCopies(reportIds.size(), "?")) + ")";
            args.addAll(reportIds);
        }
        return jdbc
                .query(
                        "SELECT t.task_id, t.report_id, t.task_key, t.due_at FROM rc_open_task t "
                                + "LEFT JOIN rc_deadline_notice n ON n.task_id = t.task_id AND n.kind = ? "
                                + "AND n.due_at = t.due_at WHERE n.task_id IS NULL AND " + range
                                + " ORDER BY t.due_at",
                        (rs, i) -> new Due(
                                rs.getString(1),
                                rs.getLong(2),
                                Step.ofTaskKey(rs.getString(3)).orElse(null),
                                rs.getTimestamp(4).toInstant()),
                        args.toArray())
                .stream()
                .filter(d -> d.step() != null)
                .toList();
    }

    /** Records the notice's key and sends it, together; false when another node was first. */
    private boolean send(Due task, String kind, Instant now) {
        try {
            return Boolean.TRUE.equals(each.execute(tx -> sendNow(tx, task, kind, now)));
        } catch (RuntimeException e) {
            // one report's failure (e.g. its report gone) must not hold up the others' notices
            log.warn("deadline notice {} of task {} not sent", kind, task.taskId(), e);
            return false;
        }
    }

    private boolean sendNow(TransactionStatus tx, Due task, String kind, Instant now) {
        try {
            jdbc.update(
                    "INSERT INTO rc_deadline_notice (task_id, kind, due_at, report_id, sent_at) VALUES (?, ?, ?, ?, ?)",
                    task.taskId(),
                    kind,
                    Timestamp.from(task.dueAt()),
                    task.reportId(),
                    Timestamp.from(now));
        } catch (DataIntegrityViolationException sentAlready) {
            tx.setRollbackOnly();
            return false;
        }
        if (REMIND.equals(kind)) {
            deadlines.remind(task.reportId(), task.step(), task.dueAt());
        } else {
            deadlines.overdue(task.reportId(), task.step(), task.dueAt());
        }
        return true;
    }
}
