package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.intervention.FlowControlService;
import org.reportcycle.office.DeadlineService;
import org.reportcycle.organization.Delegations;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.review.ReviewService;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's open-task table ({@code rc_open_task}): after every kind of change to a task — a step, a
 * return, a withdrawal, an administrator's return, a hand-over (转办), a delegation, a deadline move, a
 * rolled-back step, publication — the table holds exactly Flowable's open tasks of the annual-report process,
 * and every person's inbox shows exactly what Flowable's own queries (the inbox before the table) show.
 */
@SpringBootTest
@ActiveProfiles("test")
class OpenTaskTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestData data;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TaskService tasks;

    @Autowired
    Candidates candidates;

    @Autowired
    Delegations delegations;

    @Autowired
    CurrentUserService users;

    @Autowired
    ReviewService review;

    @Autowired
    SignoffService signoff;

    @Autowired
    FlowControlService flow;

    @Autowired
    DelegationService delegation;

    @Autowired
    DeadlineService deadlines;

    @Autowired
    CycleService cycles;

    @Autowired
    ReportRepository reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TestUnit unit;
    Long id;
    final List<String> people = new ArrayList<>();

    /**
     * The year of this class's reports: on H2 a year of its own, since one test moves the cycle's deadlines; on
     * MySQL a year before 2038 (Flowable keeps timer due dates in TIMESTAMP columns) that the suite shares.
     */
    int year() {
        return 2061;
    }

    /** Whether the deadline test may move the whole cycle's deadlines (only in a year no other test uses). */
    boolean ownYear() {
        return true;
    }

    @BeforeEach
    void opened() {
        unit = data.unit("待办街道");
        id = data.openReport(year(), unit);
        people.addAll(
                List.of(unit.drafter(), unit.legal(), unit.leader(1), unit.leader(2), unit.secretary(), data.admin()));
    }

    @AfterEach
    void consistent() {
        assertTableMatchesFlowable();
        people.forEach(this::assertInboxAsBefore);
    }

    @Test
    void a_new_reports_drafting_task_is_a_row_with_its_report_unit_group_and_due_date() {
        Task task = task();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM rc_open_task WHERE task_id = ?", task.getId());
        assertThat(row)
                .containsEntry("REPORT_ID", id)
                .containsEntry("UNIT_ID", unit.id())
                .containsEntry("TASK_KEY", "draft")
                .containsEntry("CANDIDATE_GROUP", "u" + unit.id() + ":DRAFTER")
                .containsEntry("PROCESS_INSTANCE_ID", task.getProcessInstanceId());
        assertThat(row.get("ASSIGNEE")).isNull();
        assertThat(inbox(unit.drafter())).extracting(TaskItem::taskId).contains(task.getId());
        TaskItem item = inbox(unit.drafter()).stream()
                .filter(t -> t.taskId().equals(task.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(item.reportId()).isEqualTo(id);
        assertThat(item.step()).isEqualTo(Step.DRAFT);
        assertThat(item.year()).isEqualTo(year());
        assertThat(item.unitName()).isEqualTo("待办街道");
        assertThat(item.due()).isEqualTo(task.getDueDate().toInstant());
        assertThat(item.created()).isEqualTo(task.getCreateTime().toInstant());
        assertThat(inbox(unit.legal())).extracting(TaskItem::reportId).doesNotContain(id);
    }

    @Test
    void each_step_moves_the_task_to_the_next_people_and_a_published_report_leaves_no_row() {
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(inbox(unit.drafter())).extracting(TaskItem::reportId).doesNotContain(id);
        assertThat(inbox(unit.legal())).extracting(TaskItem::reportId).contains(id);
        assertInboxesAsBefore();
        as(unit.legal(), () -> review.pass(id, "同意"));
        assertThat(inbox(unit.leader(1))).extracting(TaskItem::reportId).contains(id);
        assertThat(inbox(unit.leader(2))).extracting(TaskItem::reportId).doesNotContain(id);
        assertInboxesAsBefore();
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        assertThat(inbox(unit.leader(1))).extracting(TaskItem::reportId).doesNotContain(id);
        assertThat(inbox(unit.leader(2))).extracting(TaskItem::reportId).contains(id);
        assertInboxesAsBefore();
        as(unit.leader(2), () -> signoff.returnReport(id, "再议", true));
        assertThat(inbox(unit.leader(1))).extracting(TaskItem::reportId).contains(id);
        assertInboxesAsBefore();
        as(unit.leader(1), () -> signoff.returnReport(id, "重写", false));
        assertThat(inbox(unit.drafter())).extracting(TaskItem::reportId).contains(id);
        assertInboxesAsBefore();

        data.publish(unit, id);
        String pid = reports.findById(id).orElseThrow().getProcessInstanceId();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_open_task WHERE process_instance_id = ? OR report_id = ?",
                        Integer.class,
                        pid,
                        id))
                .isZero();
        people.forEach(p -> assertThat(inbox(p)).extracting(TaskItem::reportId).doesNotContain(id));
    }

    @Test
    void a_review_return_a_withdrawal_and_an_administrators_return_bring_the_task_back_to_the_drafters() {
        as(unit.drafter(), () -> review.submit(id, null));
        as(unit.legal(), () -> review.returnToDrafting(id, "补充数据"));
        assertThat(inbox(unit.drafter())).extracting(TaskItem::reportId).contains(id);
        assertThat(inbox(unit.legal())).extracting(TaskItem::reportId).doesNotContain(id);
        assertInboxesAsBefore();

        as(unit.drafter(), () -> review.submit(id, null));
        as(unit.drafter(), () -> flow.withdraw(id, "漏了附件"));
        assertThat(inbox(unit.drafter())).extracting(TaskItem::reportId).contains(id);
        assertThat(inbox(unit.legal())).extracting(TaskItem::reportId).doesNotContain(id);
        assertTableMatchesFlowable();
        assertInboxesAsBefore();

        as(unit.drafter(), () -> review.submit(id, null));
        as(unit.legal(), () -> review.pass(id, null));
        as(data.admin(), () -> flow.returnTo(id, Step.DRAFT, "数据口径有误"));
        assertThat(inbox(unit.drafter())).extracting(TaskItem::reportId).contains(id);
        assertThat(inbox(unit.leader(1))).extracting(TaskItem::reportId).doesNotContain(id);
        assertThat(jdbc.queryForList("SELECT task_key FROM rc_open_task WHERE report_id = ?", String.class, id))
                .containsExactly("draft");
    }

    @Test
    void a_handed_over_task_is_the_new_holders_alone_and_reaches_whoever_acts_for_them() {
        String second = unit.code() + "-legal2";
        data.person(unit.id(), second, Role.LEGAL, 0);
        String stranger = unit.code() + "-legal3";
        data.person(unit.id(), stranger, Role.LEGAL, 0);
        people.addAll(List.of(second, stranger));
        as(unit.drafter(), () -> review.submit(id, null));
        as(unit.legal(), () -> {
            flow.reassign(id, second, "出差，转另一位法律顾问");
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT assignee FROM rc_open_task WHERE report_id = ?", String.class, id))
                .isEqualTo(second);
        assertThat(inbox(second)).extracting(TaskItem::reportId).contains(id);
        assertThat(inbox(unit.legal())).extracting(TaskItem::reportId).doesNotContain(id);
        assertThat(inbox(stranger)).extracting(TaskItem::reportId).doesNotContain(id);
        assertInboxesAsBefore();

        // The holder delegates (委派) to a colleague: the task handed to the holder is the delegate's too
        LocalDate today = LocalDate.now(ZONE);
        as(second, () -> delegation.delegate(unit.id(), stranger, today, today.plusDays(3), "出差"));
        assertThat(inbox(stranger)).extracting(TaskItem::reportId).contains(id);
        assertInboxesAsBefore();

        as(second, () -> review.pass(id, "同意"));
        assertThat(inbox(second)).extracting(TaskItem::reportId).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT assignee FROM rc_open_task WHERE report_id = ?", String.class, id))
                .isNull();
    }

    @Test
    void during_a_delegation_the_delegate_sees_the_delegators_group_tasks() {
        LocalDate today = LocalDate.now(ZONE);
        as(unit.legal(), () -> delegation.delegate(unit.id(), unit.secretary(), today, today.plusDays(7), "出差"));
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(inbox(unit.secretary())).extracting(TaskItem::reportId).contains(id);
        assertInboxesAsBefore();
    }

    @Test
    void moving_a_deadline_moves_the_due_date_in_the_inbox() {
        as(unit.drafter(), () -> review.submit(id, null));
        LocalDate later = LocalDate.of(year() + 1, 6, 30);
        if (ownYear()) {
            Long cycleId = cycles.byYear(year()).orElseThrow().getId();
            as(data.admin(), () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.LEGAL_REVIEW, later));
        } else {
            // what DeadlineTimers.reschedule does to each running report's task, without moving a shared cycle's
            // deadline
            tasks.setDueDate(
                    task().getId(),
                    java.util.Date.from(
                            later.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant()));
        }
        Task task = task();
        assertThat(task.getDueDate().toInstant())
                .isEqualTo(later.plusDays(1).atStartOfDay(ZONE).minusSeconds(1).toInstant());
        TaskItem item = inbox(unit.legal()).stream()
                .filter(t -> t.reportId().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(item.due()).isEqualTo(task.getDueDate().toInstant());
        assertTableMatchesFlowable();
    }

    @Test
    void a_step_rolled_back_leaves_the_row_as_it_was() {
        String before = task().getId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            as(unit.drafter(), () -> review.submit(id, null));
            assertThat(jdbc.queryForList("SELECT task_key FROM rc_open_task WHERE report_id = ?", String.class, id))
                    .containsExactly("legalReview");
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForList("SELECT task_id FROM rc_open_task WHERE report_id = ?", String.class, id))
                .containsExactly(before);
    }

    @Test
    void the_start_up_back_fill_rebuilds_the_table_from_flowable_when_it_is_empty() {
        as(unit.drafter(), () -> review.submit(id, null));
        as(unit.legal(), () -> {
            flow.reassign(id, unit.legal(), "自己处理");
            return null;
        });
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM rc_open_task ORDER BY task_id");
        assertThat(OpenTaskBackfill.fill(jdbc))
                .as("the table is not empty: nothing to do")
                .isZero();
        jdbc.update("DELETE FROM rc_open_task");
        assertThat(OpenTaskBackfill.fill(jdbc)).isEqualTo(before.size());
        assertThat(jdbc.queryForList("SELECT * FROM rc_open_task ORDER BY task_id"))
                .isEqualTo(before);
    }

    // ----------------------------------------------------------------------------------------------------

    private List<TaskItem> inbox(String username) {
        return as(username, () -> workflow.myInbox());
    }

    private Task task() {
        String pid = reports.findById(id).orElseThrow().getProcessInstanceId();
        return tasks.createTaskQuery().processInstanceId(pid).singleResult();
    }

    private void assertInboxesAsBefore() {
        people.forEach(this::assertInboxAsBefore);
    }

    /** The table holds one row per open task of the annual-report process, with Flowable's values. */
    private void assertTableMatchesFlowable() {
        Map<String, List<Object>> expected = new TreeMap<>();
        for (Task t : tasks.createTaskQuery()
                .processDefinitionKey(WorkflowService.PROCESS_KEY)
                .list()) {
            List<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> "candidate".equals(l.getType()))
                    .map(IdentityLink::getGroupId)
                    .toList();
            assertThat(groups).hasSizeLessThanOrEqualTo(1);
            List<Object> row = new ArrayList<>();
            row.add(t.getProcessInstanceId());
            row.add(t.getTaskDefinitionKey());
            row.add(groups.isEmpty() ? null : groups.getFirst());
            row.add(t.getAssignee());
            row.add(t.getAssignee() == null && !groups.isEmpty() ? groups.getFirst() : null);
            row.add(t.getCreateTime().getTime());
            row.add(t.getDueDate() == null ? null : t.getDueDate().getTime());
            expected.put(t.getId(), row);
        }
        Map<String, List<Object>> actual = new TreeMap<>();
        jdbc.query(
                "SELECT task_id, process_instance_id, task_key, candidate_group, assignee, waiting_group, created_at, due_at "
                        + "FROM rc_open_task",
                rs -> {
                    List<Object> row = new ArrayList<>();
                    row.add(rs.getString(2));
                    row.add(rs.getString(3));
                    row.add(rs.getString(4));
                    row.add(rs.getString(5));
                    row.add(rs.getString(6));
                    row.add(rs.getTimestamp(7).getTime());
                    row.add(
                            rs.getTimestamp(8) == null
                                    ? null
                                    : rs.getTimestamp(8).getTime());
                    actual.put(rs.getString(1), row);
                });
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * The inbox as it was computed before the table (Flowable's candidate query and assignee query, merged,
     * newest first, only tasks whose report runs that process), against the inbox now.
     */
    private void assertInboxAsBefore(String username) {
        int max = 1000;
        var user = users.byUsername(username).orElseThrow();
        List<String> groups = candidates.groupsOf(user);
        List<String> assignees = new ArrayList<>(List.of(username));
        delegations.actingFor(username, LocalDate.now(ZONE)).forEach(d -> assignees.add(d.delegator()));
        Map<String, Task> byId = new LinkedHashMap<>();
        if (!groups.isEmpty()) {
            tasks.createTaskQuery()
                    .taskCandidateGroupIn(groups)
                    .orderByTaskCreateTime()
                    .desc()
                    .listPage(0, max)
                    .forEach(t -> byId.put(t.getId(), t));
        }
        tasks.createTaskQuery()
                .taskAssigneeIds(assignees)
                .orderByTaskCreateTime()
                .desc()
                .listPage(0, max)
                .forEach(t -> byId.putIfAbsent(t.getId(), t));
        List<String> expected = byId.values().stream()
                .filter(t -> reports.findByProcessInstanceIdIn(List.of(t.getProcessInstanceId()))
                                .size()
                        == 1)
                .sorted(Comparator.comparing(Task::getCreateTime).reversed())
                .map(Task::getId)
                .toList();
        List<TaskItem> now = as(username, () -> workflow.inbox(user, max));
        assertThat(now)
                .extracting(TaskItem::taskId)
                .as("inbox of " + username)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(now).extracting(TaskItem::created).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
        for (TaskItem item : now) {
            Task t = byId.get(item.taskId());
            assertThat(item.created()).isEqualTo(t.getCreateTime().toInstant());
            assertThat(item.due())
                    .isEqualTo(t.getDueDate() == null ? null : t.getDueDate().toInstant());
            assertThat(item.step())
                    .isEqualTo(Step.ofTaskKey(t.getTaskDefinitionKey()).orElse(null));
        }
    }
}
