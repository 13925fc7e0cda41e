package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.notification.NoticeView;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.opening.CycleOpeningJobs;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.DeadlineReminders;
import org.reportcycle.workflow.DeadlineTimers.Escalation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deadlines: a reminder before each milestone, an escalation when it passes, each sent once per task and due
 * date by the deadline scan (DeadlineReminders, not BPMN timers), and moved with the deadline. Driven by
 * Flowable's clock and by calling the scan (it is not scheduled in tests), never by sleeping. Each test uses a
 * year of its own, since deadlines belong to a cycle.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeadlineTimerTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestData data;

    @Autowired
    DeadlineService deadlines;

    @Autowired
    DeadlineReminders scan;

    @Autowired
    CycleService cycles;

    @Autowired
    ReviewService review;

    @Autowired
    NotificationService notices;

    @Autowired
    ReportRepository reports;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    ProcessEngineConfiguration engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CycleOpeningJobs openingJobs;

    @AfterEach
    void realTime() {
        engine.getClock().reset();
    }

    @Test
    void each_task_is_reminded_before_its_deadline_and_escalated_after_it_once() {
        TestUnit unit = data.unit("计时街道");
        Long id = data.openReport(2031, unit);
        assertThat(management.createTimerJobQuery().processInstanceId(pid(id)).count())
                .as("no timer jobs per task: the deadline scan keeps the deadlines")
                .isZero();
        // DRAFT is due 2032-01-15: reminded three days before at 9:00, escalated once the day is over
        scanAt(LocalDate.of(2032, 1, 12), LocalTime.of(8, 59), id);
        assertThat(count(id, "deadline.reminded")).isZero();
        scanAt(LocalDate.of(2032, 1, 12), LocalTime.of(9, 0), id);
        assertThat(count(id, "deadline.reminded")).isEqualTo(1);
        scanAt(LocalDate.of(2032, 1, 14), LocalTime.of(9, 0), id);
        assertThat(count(id, "deadline.reminded"))
                .as("once per task and due date")
                .isEqualTo(1);
        scanAt(LocalDate.of(2032, 1, 15), LocalTime.of(23, 59, 59), id);
        assertThat(count(id, "deadline.overdue")).isZero();
        scanAt(LocalDate.of(2032, 1, 16), LocalTime.MIDNIGHT, id);
        assertThat(count(id, "deadline.overdue")).isEqualTo(1);
        scanAt(LocalDate.of(2032, 1, 20), LocalTime.NOON, id);
        assertThat(count(id, "deadline.overdue"))
                .as("once per task and due date")
                .isEqualTo(1);
        assertThat(count(id, "deadline.reminded")).isEqualTo(1);

        // the next task has reminders of its own (LEGAL_REVIEW is due 2032-01-31), and being late already
        // passed the reminder is skipped for the escalation
        engine.getClock().reset();
        as(unit.drafter(), () -> review.submit(id, null));
        scanAt(LocalDate.of(2032, 1, 28), LocalTime.of(9, 0), id);
        assertThat(audit(id, "deadline.reminded")).contains("LEGAL_REVIEW").contains("2032-01-31");
        assertThat(count(id, "deadline.reminded")).isEqualTo(2);
    }

    @Test
    void the_reminder_and_the_escalation_reach_the_people_and_flag_the_report() {
        TestUnit unit = data.unit("提醒街道");
        Long id = data.openReport(2032, unit);
        assertThat(scanAt(LocalDate.of(2033, 1, 1), LocalTime.NOON, id)).isZero();

        scanAt(LocalDate.of(2033, 1, 12), LocalTime.of(9, 1), id);
        assertThat(audit(id, "deadline.reminded")).contains("\"milestone\":\"DRAFT\"");
        NoticeView reminder = notices(unit.drafter()).get(0);
        assertThat(reminder.kind()).isEqualTo("reminder");
        assertThat(reminder.text()).contains("2033-01-15");
        assertThat(notices(data.admin()))
                .noneMatch(n -> id.equals(n.reportId()) && n.kind().equals("overdue"));

        scanAt(LocalDate.of(2033, 1, 16), LocalTime.of(0, 0, 5), id);
        assertThat(audit(id, "deadline.overdue")).contains("\"milestone\":\"DRAFT\"");
        assertThat(notices(data.admin()))
                .anyMatch(n -> id.equals(n.reportId()) && n.kind().equals("overdue"));
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId, Escalation::milestone)
                .contains(org.assertj.core.groups.Tuple.tuple(id, Milestone.DRAFT));
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pid(id))
                        .singleResult()
                        .getTaskDefinitionKey())
                .as("the escalation does not interrupt the task")
                .isEqualTo("draft");
    }

    /** Deadlines keep their order, so the milestones after drafting move first to make room. */
    private void laterMilestonesAfter(Long cycleId, LocalDate draft) {
        Map<Milestone, LocalDate> later = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            if (m != Milestone.DRAFT) {
                later.put(m, draft.plusDays(m.ordinal()));
            }
        }
        cycles.moveDeadlines(cycleId, Map.of(UnitLevel.STREET, later));
    }

    @Test
    void moving_a_deadline_moves_the_reminder_the_escalation_and_the_due_date() {
        TestUnit unit = data.unit("改期街道");
        Long id = data.openReport(2033, unit);
        Long cycleId = cycles.byYear(2033).orElseThrow().getId();

        laterMilestonesAfter(cycleId, LocalDate.of(2034, 2, 20));
        int moved = as(
                data.admin(),
                () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.DRAFT, LocalDate.of(2034, 2, 20)));

        assertThat(moved).isGreaterThanOrEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pid(id))
                        .singleResult()
                        .getDueDate())
                .isEqualTo(Date.from(at(LocalDate.of(2034, 2, 21), LocalTime.MIDNIGHT)
                        .toInstant()
                        .minusSeconds(1)));
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE action = 'deadline.moved' AND details LIKE ? "
                                + "ORDER BY seq DESC LIMIT 1",
                        String.class,
                        "%\"cycleId\":" + cycleId + ",%"))
                .contains("2034-02-20")
                .contains("DRAFT");

        // the old reminder time and due day pass without a notice ...
        scanAt(LocalDate.of(2034, 1, 12), LocalTime.of(10, 0), id);
        scanAt(LocalDate.of(2034, 1, 16), LocalTime.of(10, 0), id);
        assertThat(count(id, "deadline.reminded")).isZero();
        assertThat(count(id, "deadline.overdue")).isZero();
        // ... the new ones bring them
        scanAt(LocalDate.of(2034, 2, 17), LocalTime.of(8, 59), id);
        assertThat(count(id, "deadline.reminded")).isZero();
        scanAt(LocalDate.of(2034, 2, 17), LocalTime.of(9, 0), id);
        assertThat(audit(id, "deadline.reminded")).contains("2034-02-20");
        scanAt(LocalDate.of(2034, 2, 20), LocalTime.of(23, 0), id);
        assertThat(count(id, "deadline.overdue")).isZero();
        scanAt(LocalDate.of(2034, 2, 21), LocalTime.MIDNIGHT, id);
        assertThat(audit(id, "deadline.overdue")).contains("2034-02-20");
    }

    @Test
    void deadlines_saved_on_the_cycle_screen_move_the_reminders_too() {
        TestUnit unit = data.unit("周期街道");
        Long id = data.openReport(2036, unit);
        laterMilestonesAfter(cycles.byYear(2036).orElseThrow().getId(), LocalDate.of(2037, 3, 10));
        as(
                data.admin(),
                () -> openingJobs.saveDeadlines(
                        2036,
                        java.util.Map.of(
                                UnitLevel.STREET, java.util.Map.of(Milestone.DRAFT, LocalDate.of(2037, 3, 10)))));
        scanAt(LocalDate.of(2037, 1, 16), LocalTime.NOON, id);
        assertThat(count(id, "deadline.overdue"))
                .as("the old due day is no longer late")
                .isZero();
        scanAt(LocalDate.of(2037, 3, 11), LocalTime.of(0, 0, 1), id);
        assertThat(audit(id, "deadline.overdue")).contains("2037-03-10");
    }

    @Test
    void a_deadline_in_the_past_or_moved_by_anyone_but_an_administrator_is_refused() {
        TestUnit unit = data.unit("拒绝街道");
        data.openReport(2034, unit);
        Long cycleId = cycles.byYear(2034).orElseThrow().getId();
        assertThatThrownBy(() -> as(
                        data.admin(),
                        () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.DRAFT, LocalDate.of(2020, 1, 1))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.deadlineInPast");
        assertThatThrownBy(() -> as(
                        unit.drafter(),
                        () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.DRAFT, LocalDate.of(2036, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.DRAFT))
                .isEqualTo(LocalDate.of(2035, 1, 15));
    }

    @Test
    void moving_a_passed_deadline_later_lifts_the_overdue_flag_and_arms_the_escalation_again() {
        TestUnit unit = data.unit("宽限街道");
        Long id = data.openReport(2035, unit);
        Long cycleId = cycles.byYear(2035).orElseThrow().getId();
        scanAt(LocalDate.of(2036, 1, 16), LocalTime.of(1, 0), id);
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId)
                .contains(id);
        engine.getClock().reset();

        laterMilestonesAfter(cycleId, LocalDate.of(2036, 3, 1));
        as(data.admin(), () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.DRAFT, LocalDate.of(2036, 3, 1)));
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId)
                .doesNotContain(id);

        // the escalation that was sent is armed again for the new day: not before it ...
        scanAt(LocalDate.of(2036, 3, 1), LocalTime.of(12, 0), id);
        assertThat(count(id, "deadline.overdue")).isEqualTo(1);
        // ... and when that day passes too, the administrators hear of it again, once
        scanAt(LocalDate.of(2036, 3, 2), LocalTime.of(0, 0, 5), id);
        scanAt(LocalDate.of(2036, 3, 3), LocalTime.of(0, 0, 5), id);
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId)
                .contains(id);
        assertThat(count(id, "deadline.overdue")).isEqualTo(2);
        assertThat(audit(id, "deadline.overdue")).contains("2036-03-01");
    }

    /** The deadline scan at that moment, limited to this test's report (the database is shared). */
    private int scanAt(LocalDate day, LocalTime time, Long id) {
        engine.getClock().setCurrentTime(at(day, time));
        return scan.scan(List.of(id));
    }

    private int count(Long id, String action) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = ?", Integer.class, id, action);
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZONE).toInstant());
    }

    private String pid(Long id) {
        return reports.findById(id).orElseThrow().getProcessInstanceId();
    }

    private String audit(Long id, String action) {
        return jdbc.queryForObject(
                "SELECT details FROM rc_audit WHERE report_id = ? AND action = ? ORDER BY seq DESC " + "LIMIT 1",
                String.class,
                id,
                action);
    }

    private List<NoticeView> notices(String username) {
        return as(username, () -> notices.myNotices(50, Locale.SIMPLIFIED_CHINESE));
    }
}
