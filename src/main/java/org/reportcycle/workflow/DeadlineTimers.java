package org.reportcycle.workflow;

import static org.reportcycle.shared.AuditEvent.details;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines of the running reports (bean {@code deadlineTimers}): each open task is reminded some days
 * before its milestone's due date and escalated when the due day has passed. The moments are not BPMN timers
 * but the tasks' due dates, scanned by {@link DeadlineReminders}, which calls {@link #remind} and
 * {@link #overdue} once per task and due date. When a deadline moves, {@link #reschedule} moves the tasks'
 * due dates (and so re-arms their reminders). "Now" is Flowable's clock, so tests drive it by setting it.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    private final DueDates dueDates;
    private final ReportLifecycle reports;
    private final TaskService tasks;
    private final ProcessEngineConfiguration engine;
    private final TaskNotifier notifier;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final int remindDaysBefore;

    public DeadlineTimers(
            DueDates dueDates,
            ReportLifecycle reports,
            TaskService tasks,
            ProcessEngineConfiguration engine,
            TaskNotifier notifier,
            OrganizationService organization,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            ReportCycleSettings settings) {
        this.dueDates = dueDates;
        this.reports = reports;
        this.tasks = tasks;
        this.engine = engine;
        this.notifier = notifier;
        this.organization = organization;
        this.events = events;
        this.jdbc = jdbc;
        this.remindDaysBefore = settings.deadlines().remindDaysBefore();
    }

    /** When a task due at {@code due} is reminded: 9:00 on the day {@code remind-days-before} days before. */
    Instant remindAt(Instant due) {
        return dueDay(due)
                .minusDays(remindDaysBefore)
                .atTime(LocalTime.of(9, 0))
                .atZone(dueDates.zone())
                .toInstant();
    }

    /** When a task due at {@code due} (the last second of its due day) is escalated: the moment after. */
    static Instant overdueAt(Instant due) {
        return due.plusSeconds(1);
    }

    /** The reminder of the task is due: the people who may act hear how long they have left. */
    void remind(Long reportId, Step step, Instant due) {
        Report report = reports.report(reportId);
        Milestone milestone = step.milestone();
        String dueDay = dueDay(due).toString();
        events.publishEvent(new AuditEvent(
                "deadline.reminded",
                report.getUnitId(),
                report.getId(),
                details("milestone", milestone.name(), "step", step.name(), "due", dueDay)));
        events.publishEvent(NotifyEvent.of(
                taskPeople(report),
                "reminder",
                report.getUnitId(),
                report.getId(),
                "notify.msg.reminder",
                TaskNotifier.link(report),
                report.getTitle(),
                milestone.messageKey(),
                dueDay));
    }

    /** The task's due day passed: the report is flagged overdue and the administrators are told. */
    void overdue(Long reportId, Step step, Instant due) {
        Report report = reports.report(reportId);
        Milestone milestone = step.milestone();
        String dueDay = dueDay(due).toString();
        jdbc.update(
                "DELETE FROM rc_report_overdue WHERE report_id = ? AND milestone = ?",
                report.getId(),
                milestone.name());
        jdbc.update(
                "INSERT INTO rc_report_overdue (report_id, milestone, escalated_at) VALUES (?, ?, ?)",
                report.getId(),
                milestone.name(),
                new Timestamp(now().getTime()));
        events.publishEvent(new AuditEvent(
                "deadline.overdue",
                report.getUnitId(),
                report.getId(),
                details("milestone", milestone.name(), "step", step.name(), "due", dueDay)));
        Set<String> to = new LinkedHashSet<>(organization.administrators());
        to.addAll(taskPeople(report));
        events.publishEvent(NotifyEvent.of(
                to,
                "overdue",
                report.getUnitId(),
                report.getId(),
                "notify.msg.overdue",
                TaskNotifier.link(report),
                report.getTitle(),
                milestone.messageKey(),
                dueDay));
    }

    private LocalDate dueDay(Instant due) {
        return due.atZone(dueDates.zone()).toLocalDate();
    }

    /**
     * Moves the due dates of the open tasks of the cycle's running reports (of the units of a level, or
     * of all units when {@code level} is null) to the deadlines now in force, and lifts the overdue flags
     * of milestones whose deadline is no longer past.
     *
     * @return how many reports were looked at
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reschedule(Long cycleId, UnitLevel level) {
        String sql = "SELECT r.id FROM rc_report r JOIN rc_unit u ON u.id = r.unit_id WHERE r.cycle_id = ? "
                + "AND r.process_instance_id IS NOT NULL AND r.step <> ?";
        List<Long> ids = level == null
                ? jdbc.queryForList(sql, Long.class, cycleId, Step.PUBLISHED.name())
                : jdbc.queryForList(sql + " AND u.level = ?", Long.class, cycleId, Step.PUBLISHED.name(), level.name());
        for (Long reportId : ids) {
            reschedule(reports.report(reportId));
            for (String milestone : jdbc.queryForList(
                    "SELECT milestone FROM rc_report_overdue WHERE report_id = ?", String.class, reportId)) {
                if (now().before(dueDates.due(reportId, milestone))) {
                    jdbc.update(
                            "DELETE FROM rc_report_overdue WHERE report_id = ? AND milestone = ?", reportId, milestone);
                }
            }
        }
        return ids.size();
    }

    /**
     * Brings the report's open tasks' due dates in line with the deadlines in force. A reminder or escalation
     * already sent was sent for the old due date: with a new one it is armed again (see
     * {@link DeadlineReminders}), so a report given more time is reminded and escalated again.
     */
    void reschedule(Report report) {
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(report.getProcessInstanceId())
                .list()) {
            Step.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> {
                Date due = dueDates.due(report.getId(), step.milestone().name());
                if (!due.equals(task.getDueDate())) {
                    tasks.setDueDate(task.getId(), due);
                }
            });
        }
    }

    /** The milestones whose deadline each report passed (escalated and not lifted since). */
    @Transactional(readOnly = true)
    public List<Escalation> escalations() {
        return jdbc.query(
                "SELECT o.report_id, o.milestone, o.escalated_at, u.name, r.title, r.step "
                        + "FROM rc_report_overdue o JOIN rc_report r ON r.id = o.report_id "
                        + "JOIN rc_unit u ON u.id = r.unit_id ORDER BY o.escalated_at DESC",
                (rs, i) -> new Escalation(
                        rs.getLong(1),
                        Milestone.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        Step.valueOf(rs.getString(6))));
    }

    /** A report flagged overdue for a milestone. */
    public record Escalation(
            Long reportId, Milestone milestone, Instant escalatedAt, String unitName, String title, Step step) {}

    private Set<String> taskPeople(Report report) {
        List<String> groups = new ArrayList<>();
        String assignee = null;
        for (Task task : tasks.createTaskQuery()
                .processInstanceId(report.getProcessInstanceId())
                .list()) {
            assignee = task.getAssignee();
            tasks.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId)
                    .filter(g -> g != null)
                    .forEach(groups::add);
        }
        return notifier.recipients(report.getUnitId(), groups, assignee);
    }

    private Date now() {
        return engine.getClock().getCurrentTime();
    }
}
