package org.reportcycle.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Step;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only door to Flowable for the steps: completes a report's steps and answers task queries ({@link
 * ProcessStarts} starts the processes).
 * Step services check the caller's role first and call {@link #complete} in their own transaction, so
 * the domain change, the Flowable step and the audit record commit together.
 */
@Service
public class WorkflowService {

    public static final String PROCESS_KEY = "annualReport";

    private final RuntimeService runtime;

    private final TaskService tasks;
    private final Candidates candidates;
    private final ReportLifecycle reports;
    private final AccessGuard guard;
    private final Clock clock;
    private final TaskNotifier notifier;
    private final StepCompletions completions;
    private final OpenTasks openTasks;
    private final CoSigners coSigners;
    private final OrganizationService organization;
    private final JdbcTemplate jdbc;

    public WorkflowService(
            RuntimeService runtime,
            TaskService tasks,
            Candidates candidates,
            ReportLifecycle reports,
            AccessGuard guard,
            Clock clock,
            TaskNotifier notifier,
            OpenTasks openTasks,
            StepCompletions completions,
            CoSigners coSigners,
            OrganizationService organization,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.coSigners = coSigners;
        this.organization = organization;
        this.openTasks = openTasks;
        this.completions = completions;
        this.notifier = notifier;
        this.guard = guard;
        this.runtime = runtime;
        this.tasks = tasks;
        this.candidates = candidates;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Completes the report's open task at {@code expected} as {@code user}, with the decision and any
     * variables the next step needs, and moves the report to the step that follows.
     *
     * @return the step the report is at afterwards ({@link Step#PUBLISHED} when the process ended)
     * @throws ConflictException when the report is no longer at that step (already done by someone else)
     * @throws AccessDeniedException when the user is not a candidate of the task
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Step complete(Report report, Step expected, CurrentUser user, Decision decision) {
        return complete(report, expected, user, decision, null);
    }

    /**
     * {@link #complete(Report, Step, CurrentUser, Decision)} at sign-off, with the turn the caller read in this
     * transaction ({@link #leaderTurn(Report)}): the next or previous signer follows from it without reading the
     * process variables again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Step complete(Report report, Step expected, CurrentUser user, Decision decision, LeaderTurn turn) {
        if (report.getStep() != expected || report.getProcessInstanceId() == null) {
            throw new ConflictException("error.wrongStep");
        }
        // one read of the open tasks serves both: whose task it is, and which tasks the decision opens
        List<OpenTasks.Row> openBefore = openRows(report);
        OpenTasks.Row task = actorTask(report, openBefore, expected, user);
        List<String> before = openBefore.stream().map(OpenTasks.Row::taskId).toList();
        Map<String, Object> variables = variablesFor(report, decision, turn);
        // the decision steers the flows out of the task within this call and is never read again (the audit
        // records it): transient, so no step writes it to the variable table and its history
        Map<String, Object> transients = Map.of(Vars.DECISION, decision.value());
        // the person is passed to complete (the task's history names who completed it); no engine-wide
        // authenticated user: with one, Flowable adds the completer to the process instance as a participant on
        // every step (reading the instance and its identity links, writing two rows), which nothing here reads
        List<OpenTasks.Row> open;
        // what the call opened and closed, as the open-task listener wrote it: no second read of the table
        try (OpenTaskChanges changes = OpenTaskChanges.record(report.getProcessInstanceId())) {
            tasks.complete(task.taskId(), user.username(), variables, transients);
            open = changes.exact() ? changes.openAfter(openBefore) : openRows(report);
        } catch (FlowableOptimisticLockingException e) {
            throw new ConflictException("error.wrongStep");
        }
        completions.completed(expected);
        Step next = open.stream()
                .findFirst()
                .flatMap(t -> Step.ofTaskKey(t.taskKey()))
                .orElse(Step.PUBLISHED);
        if (next != Step.PUBLISHED) {
            reports.moveTo(report, next);
            // only the tasks this decision opened: a co-signer's agreement leaves the others' tasks (会签) as they were
            open.stream()
                    .filter(t -> !before.contains(t.taskId()))
                    .forEach(t -> notifyOpenTask(report, t, decision.returning() ? "returned" : "task"));
        } else {
            notifier.published(report);
        }
        return next;
    }

    /**
     * The report's open task at {@code expected}, which the user may act on: a task handed to one person (转办) is
     * theirs alone (or their delegates'); otherwise any member of its candidate group acts.
     *
     * @throws ConflictException when the report has no open task at that step
     * @throws AccessDeniedException when the user is not a candidate of the task
     */
    OpenTasks.Row actorTask(Report report, Step expected, CurrentUser user) {
        // The open task as the open-task table holds it (written in the engine's transaction with the task):
        // one indexed read instead of Flowable's task query and identity-link query
        return actorTask(report, openRows(report), expected, user);
    }

    private OpenTasks.Row actorTask(Report report, List<OpenTasks.Row> open, Step expected, CurrentUser user) {
        // At 会签 several tasks are open at the step, one per co-signer: the user acts on the one that is theirs
        List<OpenTasks.Row> atStep = open.stream()
                .filter(t -> expected.taskKey().equals(t.taskKey()))
                .toList();
        if (atStep.isEmpty()) {
            throw new ConflictException("error.wrongStep");
        }
        List<String> groups = candidates.groupsOf(user);
        return atStep.stream()
                .filter(task -> task.assignee() != null
                        ? assignees(user).contains(task.assignee())
                        : task.candidateGroup() != null && groups.contains(task.candidateGroup()))
                .findFirst()
                .orElseThrow(() ->
                        guard.refuse(user, "candidate." + expected.taskKey(), report.getUnitId(), report.getId()));
    }

    /**
     * Whose turn it is at the report's sign-off (meaningful while the report is at {@link Step#LEADER_SIGNOFF}): the
     * process instance's two variables, read by one indexed statement on the engine's variable table (every sign-off
     * asks; the engine's variable command cost a sign-off a tenth of its time). The engine writes its changes at the
     * end of each command in the caller's transaction, so the statement sees them. Both are set as integers when the
     * process starts (stored in {@code LONG_}) and only ever replaced by integers.
     */
    @Transactional(readOnly = true)
    public LeaderTurn leaderTurn(Report report) {
        Map<String, Long> vars = new HashMap<>();
        jdbc.query(
                "SELECT NAME_, LONG_ FROM ACT_RU_VARIABLE WHERE EXECUTION_ID_ = ? AND TASK_ID_ IS NULL"
                        + " AND NAME_ IN (?, ?) AND LONG_ IS NOT NULL",
                rs -> {
                    vars.put(rs.getString(1), rs.getLong(2));
                },
                report.getProcessInstanceId(),
                Vars.LEADER_INDEX,
                Vars.LEADER_COUNT);
        if (vars.size() != 2) {
            throw new IllegalStateException("the process " + report.getProcessInstanceId() + " has no sign-off turn");
        }
        return new LeaderTurn(
                Math.toIntExact(vars.get(Vars.LEADER_INDEX)), Math.toIntExact(vars.get(Vars.LEADER_COUNT)));
    }

    /** The variables a decision sets besides itself: the leaders' order is kept here, not by the step features. */
    private Map<String, Object> variablesFor(Report report, Decision decision, LeaderTurn known) {
        Supplier<LeaderTurn> turn = () -> known != null ? known : leaderTurn(report);
        return switch (decision) {
            case PASS -> {
                // 会签: the co-signers first, then the ordered chain of the other leaders (all of them without
                // co-signers)
                int[] counts = coSigners.counts(report.getUnitId());
                yield Map.of(Vars.LEADER_INDEX, 1, Vars.LEADER_COUNT, counts[1], Vars.CO_SIGNER_COUNT, counts[0]);
            }
            case NEXT_LEADER -> Map.of(Vars.LEADER_INDEX, turn.get().place() + 1);
            case PREVIOUS_LEADER -> Map.of(Vars.LEADER_INDEX, turn.get().place() - 1);
            default -> Map.of();
        };
    }

    /** The caller's open tasks (first 200), newest first. */
    public List<TaskItem> myInbox() {
        return inbox(guard.caller(), 200);
    }

    /** Whose turn it is at sign-off of a report the caller may read; empty when the report is not at sign-off. */
    @Transactional(readOnly = true)
    public Optional<LeaderTurn> leaderTurn(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return report.getStep() == Step.LEADER_SIGNOFF && report.getProcessInstanceId() != null
                ? Optional.of(leaderTurn(report))
                : Optional.empty();
    }

    /** The open step of a report the caller may read. */
    @Transactional(readOnly = true)
    public Optional<CurrentTask> currentTask(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return currentTask(report);
    }

    /** The report's open task, if its process is running. */
    @Transactional(readOnly = true)
    public Optional<CurrentTask> currentTask(Report report) {
        // at 会签 one task per co-signer still to decide: their groups together are the step's candidates
        List<Task> open = report.getProcessInstanceId() == null
                ? List.of()
                : tasks.createTaskQuery()
                        .processInstanceId(report.getProcessInstanceId())
                        .list();
        return open.stream()
                .findFirst()
                .map(t -> new CurrentTask(
                        t.getId(),
                        Step.ofTaskKey(t.getTaskDefinitionKey()).orElse(report.getStep()),
                        open.stream()
                                .flatMap(o -> tasks.getIdentityLinksForTask(o.getId()).stream())
                                .map(IdentityLink::getGroupId)
                                .filter(g -> g != null)
                                .distinct()
                                .toList(),
                        t.getAssignee(),
                        t.getCreateTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        isOverdue(t)));
    }

    /**
     * The person's open tasks, newest first, with their report: the tasks of their candidate groups not handed
     * to anyone, and those handed to them or to whoever they act for under a delegation in force. Read from
     * the application's open-task table ({@link OpenTasks}, kept in the engine's transaction by
     * {@link OpenTaskListener}) in one statement, its parts served by indexes, not from Flowable; no transaction
     * of its own (a single read needs none, and on MySQL a read-only transaction costs round trips of its own).
     */
    public List<TaskItem> inbox(CurrentUser user, int max) {
        return openTasks.inbox(candidates.groupsOf(user), assignees(user), max);
    }

    /** The person and those they act for under a delegation in force: tasks handed to any of them are theirs. */
    private List<String> assignees(CurrentUser user) {
        List<String> names = new ArrayList<>(List.of(user.username()));
        names.addAll(user.delegators());
        return names;
    }

    /** Tells the people who may act on the report's open task that it waits for them. */
    void notifyOpenTask(Report report, String kind) {
        openRow(report).ifPresent(t -> notifyOpenTask(report, t, kind));
    }

    private void notifyOpenTask(Report report, OpenTasks.Row task, String kind) {
        notifier.taskOpened(
                report,
                Step.ofTaskKey(task.taskKey()).orElse(report.getStep()),
                task.candidateGroup() == null ? List.of() : List.of(task.candidateGroup()),
                task.assignee(),
                kind);
    }

    /**
     * The report's open task from the open-task table (kept in the engine's transaction, see
     * {@link OpenTaskListener}).
     */
    private Optional<OpenTasks.Row> openRow(Report report) {
        return openRows(report).stream().findFirst();
    }

    /** Every open task of the report's process: one, or one per co-signer at 会签. */
    private List<OpenTasks.Row> openRows(Report report) {
        return report.getProcessInstanceId() == null ? List.of() : openTasks.ofProcess(report.getProcessInstanceId());
    }

    private boolean isOverdue(Task t) {
        return t.getDueDate() != null && t.getDueDate().toInstant().isBefore(Instant.now(clock));
    }

    // 加签 (issue 20 item 4): the sign-off task handed to an added person through Flowable's delegation, which keeps
    // the task's owner; a delegated (pending) task cannot be completed, so nobody decides while the added person
    // has it. approval.AddedSigners keeps who added whom and checks the rules.

    /**
     * The leader whose turn it is (a candidate of the open sign-off task, checked here) hands it to the added person
     * until they sign: only the added person sees it in their inbox meanwhile.
     *
     * @return the id of the task handed over
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String delegateSignoff(Report report, CurrentUser leader, String added) {
        requireNoAddedSignerWaiting(report);
        OpenTasks.Row task = actorTask(report, Step.LEADER_SIGNOFF, leader);
        tasks.delegateTask(task.taskId(), added);
        notifyOpenTask(report, "task");
        return task.taskId();
    }

    /** The id of the open sign-off task the leader whose turn it is may act on (to check additions before one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String signoffTaskOf(Report report, CurrentUser leader) {
        requireNoAddedSignerWaiting(report);
        return actorTask(report, Step.LEADER_SIGNOFF, leader).taskId();
    }

    /**
     * The added person signs. Without {@code then} (added before the leader) the task goes back to whoever held it
     * before; with it (added after the leader's approval) the step completes with that decision, as the leader's
     * approval would have.
     *
     * @return the step the report is at afterwards
     * @throws AccessDeniedException when the task is not handed to the caller (or to someone they act for)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Step signAsAddedSigner(Report report, CurrentUser user, Decision then) {
        OpenTasks.Row task = openRow(report)
                .filter(t -> Step.LEADER_SIGNOFF.taskKey().equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("error.wrongStep"));
        if (task.assignee() == null || !assignees(user).contains(task.assignee()) || !delegated(task)) {
            throw guard.refuse(user, "addedSigner", report.getUnitId(), report.getId());
        }
        if (then == null) {
            tasks.resolveTask(task.taskId());
            notifyOpenTask(report, "task");
            return Step.LEADER_SIGNOFF;
        }
        // Resolved to the added person themselves, so that they complete it with the leader's decision
        tasks.setOwner(task.taskId(), task.assignee());
        tasks.resolveTask(task.taskId());
        return complete(report, Step.LEADER_SIGNOFF, user, then);
    }

    /**
     * Refuses, with the added person's name, any decision on the report's sign-off while its task waits for an added
     * person's signature (加签): the leader's approval or return, another addition, a hand-over.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireNoAddedSignerWaiting(Report report) {
        Optional<String> waiting = addedSignerWaiting(report);
        if (waiting.isPresent()) {
            String name = organization
                    .user(waiting.get())
                    .map(AppUser::getDisplayName)
                    .orElse(waiting.get());
            throw new ConflictException("error.addedSignerWaiting", name);
        }
    }

    /** The person whose signature the report's sign-off waits for (加签), if it does. */
    @Transactional(readOnly = true)
    public Optional<String> addedSignerWaiting(Report report) {
        return openRow(report)
                .filter(t -> Step.LEADER_SIGNOFF.taskKey().equals(t.taskKey()) && t.assignee() != null)
                .filter(this::delegated)
                .map(OpenTasks.Row::assignee);
    }

    /** Handed over by delegation and not yet given back (only then is the engine asked: a rare case). */
    private boolean delegated(OpenTasks.Row row) {
        Task task = tasks.createTaskQuery().taskId(row.taskId()).singleResult();
        return task != null && task.getDelegationState() == DelegationState.PENDING;
    }
}
