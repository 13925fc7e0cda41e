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
import org.flowable.job.api.Job;
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
import org.reportcycle.workflow.DeadlineTimers.Escalation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deadlines as BPMN timers: a reminder before each milestone, an escalation when it passes, and timers
 * that move with the deadline. Driven by Flowable's clock and its job API (the async executor is off in
 * tests), never by sleeping. Each test uses a year of its own, since deadlines belong to a cycle.
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
    void each_task_carries_a_reminder_and_an_escalation_timer_at_its_deadline() {
        TestUnit unit = data.unit("计时街道");
        Long id = data.openReport(2031, unit);
        // DRAFT is due 2032-01-15: reminded three days before at 9:00, escalated once the day is over
        assertThat(timers(id))
                .extracting(Job::getElementId, Job::getDuedate)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "draftReminder", at(LocalDate.of(2032, 1, 12), LocalTime.of(9, 0))),
                        org.assertj.core.groups.Tuple.tuple(
                                "draftOverdue", at(LocalDate.of(2032, 1, 16), LocalTime.MIDNIGHT)));

        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(timers(id))
                .extracting(Job::getElementId)
                .containsExactlyInAnyOrder("legalReviewReminder", "legalReviewOverdue");
    }

    @Test
    void the_reminder_and_the_escalation_fire_on_flowables_clock() {
        TestUnit unit = data.unit("提醒街道");
        Long id = data.openReport(2032, unit);
        assertThat(executableTimers(id)).isEmpty();

        clock(LocalDate.of(2033, 1, 12), LocalTime.of(9, 1));
        assertThat(executableTimers(id)).extracting(Job::getElementId).containsExactly("draftReminder");
        fire(executableTimers(id));
        assertThat(audit(id, "deadline.reminded")).contains("\"milestone\":\"DRAFT\"");
        NoticeView reminder = notices(unit.drafter()).get(0);
        assertThat(reminder.kind()).isEqualTo("reminder");
        assertThat(reminder.text()).contains("2033-01-15");
        assertThat(notices(data.admin()))
                .noneMatch(n -> id.equals(n.reportId()) && n.kind().equals("overdue"));

        clock(LocalDate.of(2033, 1, 16), LocalTime.of(0, 0, 5));
        assertThat(executableTimers(id)).extracting(Job::getElementId).containsExactly("draftOverdue");
        fire(executableTimers(id));
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
                .as("the timers do not interrupt the task")
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
    void moving_a_deadline_moves_the_running_timers_and_the_due_date() {
        TestUnit unit = data.unit("改期街道");
        Long id = data.openReport(2033, unit);
        Long cycleId = cycles.byYear(2033).orElseThrow().getId();

        laterMilestonesAfter(cycleId, LocalDate.of(2034, 2, 20));
        int moved = as(
                data.admin(),
                () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.DRAFT, LocalDate.of(2034, 2, 20)));

        assertThat(moved).isGreaterThanOrEqualTo(1);
        assertThat(timers(id))
                .extracting(Job::getElementId, Job::getDuedate)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "draftReminder", at(LocalDate.of(2034, 2, 17), LocalTime.of(9, 0))),
                        org.assertj.core.groups.Tuple.tuple(
                                "draftOverdue", at(LocalDate.of(2034, 2, 21), LocalTime.MIDNIGHT)));
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pid(id))
                        .singleResult()
                        .getDueDate())
                .isEqualTo(Date.from(at(LocalDate.of(2034, 2, 21), LocalTime.MIDNIGHT)
                        .toInstant()
                        .minusSeconds(1)));
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE action = 'deadline.moved' " + "ORDER BY seq DESC LIMIT 1",
                        String.class))
                .contains("2034-02-20")
                .contains("DRAFT");

        // the old reminder time passes without a reminder
        clock(LocalDate.of(2034, 1, 12), LocalTime.of(10, 0));
        assertThat(executableTimers(id)).isEmpty();
    }

    @Test
    void deadlines_saved_on_the_cycle_screen_move_the_timers_too() {
        TestUnit unit = data.unit("周期街道");
        Long id = data.openReport(2036, unit);
        laterMilestonesAfter(cycles.byYear(2036).orElseThrow().getId(), LocalDate.of(2037, 3, 10));
        as(
                data.admin(),
                () -> openingJobs.saveDeadlines(
                        2036,
                        java.util.Map.of(
                                UnitLevel.STREET, java.util.Map.of(Milestone.DRAFT, LocalDate.of(2037, 3, 10)))));
        assertThat(timers(id))
                .extracting(Job::getElementId, Job::getDuedate)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "draftOverdue", at(LocalDate.of(2037, 3, 11), LocalTime.MIDNIGHT)));
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
        clock(LocalDate.of(2036, 1, 16), LocalTime.of(1, 0));
        fire(executableTimers(id).stream()
                .filter(j -> j.getElementId().equals("draftOverdue"))
                .toList());
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId)
                .contains(id);
        engine.getClock().reset();

        laterMilestonesAfter(cycleId, LocalDate.of(2036, 3, 1));
        as(data.admin(), () -> deadlines.move(cycleId, UnitLevel.STREET, Milestone.DRAFT, LocalDate.of(2036, 3, 1)));
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId)
                .doesNotContain(id);

        // The escalation that fired is armed again for the new day ...
        assertThat(timers(id))
                .filteredOn(j -> j.getElementId().equals("draftOverdue"))
                .singleElement()
                .extracting(Job::getDuedate)
                .isEqualTo(at(LocalDate.of(2036, 3, 2), LocalTime.MIDNIGHT));
        // ... and when that day passes too, the administrators hear of it again
        clock(LocalDate.of(2036, 3, 2), LocalTime.of(0, 0, 5));
        fire(executableTimers(id).stream()
                .filter(j -> j.getElementId().equals("draftOverdue"))
                .toList());
        assertThat(as(data.admin(), () -> deadlines.overdue()))
                .extracting(Escalation::reportId)
                .contains(id);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = 'deadline.overdue'",
                        Integer.class,
                        id))
                .isEqualTo(2);
        assertThat(audit(id, "deadline.overdue")).contains("2036-03-01");
    }

    private List<Job> timers(Long id) {
        return management.createTimerJobQuery().processInstanceId(pid(id)).list();
    }

    private List<Job> executableTimers(Long id) {
        return management
                .createTimerJobQuery()
                .processInstanceId(pid(id))
                .executable()
                .list();
    }

    private void fire(List<Job> timers) {
        for (Job timer : timers) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    private void clock(LocalDate day, LocalTime time) {
        engine.getClock().setCurrentTime(at(day, time));
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
