package org.reportcycle.workflow;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.ProcessEngineConfigurationConfigurer;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code rc_open_task} (the inbox's table, see {@link OpenTasks}) in step with the annual-report
 * process's user tasks. A synchronous Flowable event listener: it writes through the same connection and
 * transaction as the engine's command (Flowable runs inside the caller's Spring transaction, or opens one),
 * so the row and the task commit or roll back together, whichever code path changed the task — a step,
 * a withdrawal or return ({@link FlowControl#moveBack}), a hand-over ({@link FlowControl#assign}), a
 * deadline move ({@link DeadlineTimers#reschedule}), a deleted process. A failed write fails the command.
 * <ul>
 * <li>{@code TASK_CREATED} (after the candidate groups are set): insert the row;</li>
 * <li>{@code TASK_ASSIGNED}: the task's assignee;</li>
 * <li>{@code TASK_DUEDATE_CHANGED}: its due date;</li>
 * <li>{@code ENTITY_DELETED} of a task (completed, or removed by a move or a deleted process): delete.</li>
 * </ul>
 * Other processes (the benchmark's bare baseline) are left alone.
 */
@Component
class OpenTaskListener implements FlowableEventListener, ProcessEngineConfigurationConfigurer {

    private static final String PROCESS_PREFIX = WorkflowService.PROCESS_KEY + ":";

    private final JdbcTemplate jdbc;

    OpenTaskListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration config) {
        Map<String, List<FlowableEventListener>> typed = config.getTypedEventListeners() == null
                ? new HashMap<>()
                : new HashMap<>(config.getTypedEventListeners());
        for (FlowableEngineEventType type : List.of(
                FlowableEngineEventType.TASK_CREATED,
                FlowableEngineEventType.TASK_ASSIGNED,
                FlowableEngineEventType.TASK_DUEDATE_CHANGED,
                FlowableEngineEventType.ENTITY_DELETED)) {
            typed.merge(type.name(), List.of(this), (a, b) -> {
                List<FlowableEventListener> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
        config.setTypedEventListeners(typed);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof Task task)
                || task.getProcessDefinitionId() == null
                || !task.getProcessDefinitionId().startsWith(PROCESS_PREFIX)) {
            return;
        }
        if (!(event.getType() instanceof FlowableEngineEventType type)) {
            return;
        }
        switch (type) {
            case TASK_CREATED -> created(task);
            case TASK_ASSIGNED -> {
                assigned(task);
                OpenTaskChanges.changed();
            }
            case TASK_DUEDATE_CHANGED -> {
                jdbc.update(
                        "UPDATE rc_open_task SET due_at = ? WHERE task_id = ?",
                        timestamp(task.getDueDate()),
                        task.getId());
                OpenTaskChanges.changed();
            }
            case ENTITY_DELETED -> {
                jdbc.update("DELETE FROM rc_open_task WHERE task_id = ?", task.getId());
                OpenTaskChanges.removed(task.getProcessInstanceId(), task.getId());
            }
            default -> {}
        }
    }

    /** Handed to one person: off the group's list; handed back to no one: on it again. */
    private void assigned(Task task) {
        if (task.getAssignee() == null) {
            jdbc.update(
                    "UPDATE rc_open_task SET assignee = NULL, waiting_group = candidate_group WHERE task_id = ?",
                    task.getId());
        } else {
            jdbc.update(
                    "UPDATE rc_open_task SET assignee = ?, waiting_group = NULL WHERE task_id = ?",
                    task.getAssignee(),
                    task.getId());
        }
    }

    private void created(Task task) {
        ExecutionEntity instance =
                CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        Long reportId = number(instance.getVariable(Vars.REPORT_ID));
        if (reportId == null) {
            reportId = number(instance.getBusinessKey());
        }
        if (reportId == null) {
            throw new IllegalStateException("task " + task.getId() + " of " + instance.getId() + " names no report");
        }
        String group = null;
        if (task instanceof TaskEntity entity) {
            for (IdentityLinkEntity link : entity.getIdentityLinks()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    if (group != null) {
                        // One candidate group per user task is the model's rule (Candidates); a second would be lost
                        // here
                        throw new IllegalStateException(
                                "task " + task.getTaskDefinitionKey() + " has several candidate groups");
                    }
                    group = link.getGroupId();
                }
            }
        }
        jdbc.update(
                "INSERT INTO rc_open_task (task_id, process_instance_id, report_id, unit_id, task_key, "
                        + "candidate_group, assignee, waiting_group, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                task.getId(),
                task.getProcessInstanceId(),
                reportId,
                number(instance.getVariable(Vars.UNIT_ID)),
                task.getTaskDefinitionKey(),
                group,
                task.getAssignee(),
                task.getAssignee() == null ? group : null,
                timestamp(task.getCreateTime()),
                timestamp(task.getDueDate()));
        OpenTaskChanges.created(
                task.getProcessInstanceId(),
                new OpenTasks.Row(task.getId(), task.getTaskDefinitionKey(), group, task.getAssignee()));
    }

    private static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
