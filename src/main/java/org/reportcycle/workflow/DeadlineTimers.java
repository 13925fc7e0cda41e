package org.reportcycle.workflow;

import static org.reportcycle.shared.AuditEvent.details;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.jobexecutor.TimerEventHandler;
import org.flowable.engine.impl.jobexecutor.TriggerTimerEventJobHandler;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.TimerUtil;
import org.flowable.engine.runtime.Execution;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
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
 * The deadline timers of the process model (bean {@code deadlineTimers}): each user task carries a
 * non-interrupting reminder timer some days before its milestone's due date and an escalation timer when
 * the due day has passed. When a deadline moves, {@link #reschedule} moves the running timers and the
 * tasks' due dates. "Now" is Flowable's clock, so tests drive the timers by setting it.
 */
@Component("deadlineTimers")
public class DeadlineTimers {

    static final String REMINDER = "Reminder";
    static final String OVERDUE = "Overdue";

    private final DueDates dueDates;
    private final ReportLifecycle reports;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
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
            RuntimeService runtime,
            ManagementService management,
            ProcessEngineConfiguration engine,
            TaskNotifier notifier,
            OrganizationService organization,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            ReportCycleSettings settings) {
        this.dueDates = dueDates;
        this.reports = reports;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.engine = engine;
        this.notifier = notifier;
        this.organization = organization;
        this.events = events;
        this.jdbc = jdbc;
        this.remindDaysBefore = settings.deadlines().remindDaysBefore();
    }

    /** When the reminder fires: 9:00 on the day {@code remind-days-before} days before the due day. */
    public Date remindAt(Object reportId, String milestone) {
        LocalDate due = dueDates.dueDate(id(reportId), Milestone.valueOf(milestone));
        return Date.from(due.minusDays(remindDaysBefore)
                .atTime(LocalTime.of(9, 0))
                .atZone(dueDates.zone())
                .toInstant());
    }

    /** When the escalation fires: the first moment after the due day. */
    public Date overdueAt(Object reportId, String milestone) {
        return Date.from(dueDates.due(reportId, milestone).toInstant().plusSeconds(1));
    }

    /** The reminder timer of the task fired: the people who may act hear how long they have left. */
    public void remind(Object reportId, String taskKey) {
        Report report = reports.report(id(reportId));
        Step step = Step.ofTaskKey(taskKey).orElseThrow();
        Milestone milestone = step.milestone();
        Date due = dueDates.due(report.getId(), milestone.name());
        if (!now().before(due)) {
            return; // already past: the escalation speaks instead
        }
        LocalDate dueDay = dueDates.dueDate(report.getId(), milestone);
        events.publishEvent(new AuditEvent(
                "deadline.reminded",
                report.getUnitId(),
                report.getId(),
                details("milestone", milestone.name(), "step", step.name(), "due", dueDay.toString())));
        events.publishEvent(NotifyEvent.of(
                taskPeople(report),
                "reminder",
                report.getUnitId(),
                report.getId(),
                "notify.msg.reminder",
                TaskNotifier.link(report),
                report.getTitle(),
                milestone.messageKey(),
                dueDay.toString()));
    }

    /** The escalation timer fired: the report is flagged overdue and the administrators are told. */
    public void overdue(Object reportId, String taskKey) {
        Report report = reports.report(id(reportId));
        Step step = Step.ofTaskKey(taskKey).orElseThrow();
        Milestone milestone = step.milestone();
        if (now().before(dueDates.due(report.getId(), milestone.name()))) {
            return; // the deadline moved while the job waited
        }
        LocalDate dueDay = dueDates.dueDate(report.getId(), milestone);
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
                details("milestone", milestone.name(), "step", step.name(), "due", dueDay.toString())));
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
                dueDay.toString()));
    }

    /**
     * Moves the deadline timers and due dates of the cycle's running reports (of the units of a level, or
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
     * Brings the report's timers and its open task's due date in line with the deadlines in force. A timer
     * that already fired (the reminder was sent, the escalation raised) is armed again when the deadline
     * moved so that its new moment lies ahead: a report given more time is reminded and escalated again.
     */
    void reschedule(Report report) {
        String pid = report.getProcessInstanceId();
        Set<String> armed = new HashSet<>();
        for (Job job : management.createTimerJobQuery().processInstanceId(pid).list()) {
            armed.add(job.getExecutionId());
            moment(report.getId(), job.getElementId())
                    .filter(at -> !at.equals(job.getDuedate()))
                    .ifPresent(at -> management.rescheduleTimeDateJob(
                            job.getId(), at.toInstant().toString()));
        }
        for (Execution boundary :
                runtime.createExecutionQuery().processInstanceId(pid).list()) {
            if (!armed.contains(boundary.getId())
                    && moment(report.getId(), boundary.getActivityId())
                            .filter(at -> at.after(now()))
                            .isPresent()) {
                management.executeCommand(new ArmBoundaryTimer(boundary.getId()));
            }
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(pid).list()) {
            Step.ofTaskKey(task.getTaskDefinitionKey())
                    .ifPresent(step -> tasks.setDueDate(
                            task.getId(),
                            dueDates.due(report.getId(), step.milestone().name())));
        }
    }

    /** When the deadline timer with this element id ({@code <task>Reminder}, {@code <task>Overdue}) is due now. */
    private Optional<Date> moment(Long reportId, String element) {
        boolean reminder = element != null && element.endsWith(REMINDER);
        if (!reminder && (element == null || !element.endsWith(OVERDUE))) {
            return Optional.empty();
        }
        String taskKey = element.substring(0, element.length() - (reminder ? REMINDER : OVERDUE).length());
        return Step.ofTaskKey(taskKey)
                .map(step -> reminder
                        ? remindAt(reportId, step.milestone().name())
                        : overdueAt(reportId, step.milestone().name()));
    }

    /**
     * Arms a boundary timer again on its waiting boundary execution, as the engine does when the task
     * starts: the timer's date expression is evaluated anew, so it reads the deadline now in force.
     */
    private record ArmBoundaryTimer(String executionId) implements Command<Void> {
        @Override
        public Void execute(CommandContext commandContext) {
            ExecutionEntity execution =
                    CommandContextUtil.getExecutionEntityManager(commandContext).findById(executionId);
            if (execution != null
                    && execution.getCurrentFlowElement() instanceof BoundaryEvent event
                    && event.getEventDefinitions().getFirst() instanceof TimerEventDefinition definition) {
                TimerJobEntity timer = TimerUtil.createTimerEntityForTimerEventDefinition(
                        definition,
                        event,
                        false,
                        execution,
                        TriggerTimerEventJobHandler.TYPE,
                        TimerEventHandler.createConfiguration(
                                event.getId(), definition.getEndDate(), definition.getCalendarName()));
                if (timer != null) {
                    CommandContextUtil.getTimerJobService(commandContext).scheduleTimerJob(timer);
                }
            }
            return null;
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

    private static Long id(Object reportId) {
        return Long.valueOf(String.valueOf(reportId));
    }
}
