package org.reportcycle.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/** Deadlines lie ahead and keep the milestone order; a refusal names the field and saves nothing. */
@SpringBootTest
@ActiveProfiles("test")
class DeadlineValidationTests {

    @Autowired
    CycleOpeningJobs jobs;

    @Autowired
    CycleService cycles;

    @Autowired
    TestData data;

    @Autowired
    MessageSource messages;

    @Test
    void a_drafting_deadline_after_the_report_up_deadline_is_refused_naming_both() {
        TestUnit unit = data.unit("顺序街道");
        data.openReport(2161, unit);
        Long cycleId = cycles.byYear(2161).orElseThrow().getId();

        UserFacingException refused = catchThrowableOfType(
                UserFacingException.class,
                () -> as(
                        data.admin(),
                        () -> jobs.saveDeadlines(
                                2161,
                                Map.of(
                                        UnitLevel.STREET,
                                        Map.of(
                                                Milestone.DRAFT, LocalDate.of(2162, 3, 5),
                                                Milestone.REPORT_UP, LocalDate.of(2162, 3, 1))))));

        assertThat(refused.messageKey()).isEqualTo("error.deadlineOrder");
        assertThat(messages.getMessage(refused.messageKey(), refused.args(), Locale.SIMPLIFIED_CHINESE))
                .startsWith("街道“起草完成”的截止日期 2162-03-05 晚于“合法性审查完成”的 2162-01-31");
        assertThat(messages.getMessage(refused.messageKey(), refused.args(), Locale.ENGLISH))
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.DRAFT))
                .isEqualTo(LocalDate.of(2162, 1, 15));
    }

    @Test
    void a_deadline_in_the_past_is_refused_when_a_cycle_is_opened() {
        TestUnit unit = data.unit("过去街道");

        UserFacingException refused = catchThrowableOfType(
                UserFacingException.class,
                () -> as(
                        data.admin(),
                        () -> jobs.start(
                                2163,
                                List.of(unit.id()),
                                Map.of(UnitLevel.STREET, Map.of(Milestone.DRAFT, LocalDate.of(2020, 1, 1))))));

        assertThat(refused.messageKey()).isEqualTo("error.deadlinePast");
        assertThat(messages.getMessage(refused.messageKey(), refused.args(), Locale.SIMPLIFIED_CHINESE))
                .startsWith("街道“起草完成”的截止日期 2020-01-01 已过");
        assertThat(cycles.byYear(2163)).isEmpty();
    }

    @Test
    void dates_in_order_and_ahead_are_saved() {
        TestUnit unit = data.unit("合规街道");
        data.openReport(2164, unit);
        Long cycleId = cycles.byYear(2164).orElseThrow().getId();

        as(
                data.admin(),
                () -> jobs.saveDeadlines(
                        2164, Map.of(UnitLevel.STREET, Map.of(Milestone.DRAFT, LocalDate.of(2165, 1, 20)))));

        assertThat(cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.DRAFT))
                .isEqualTo(LocalDate.of(2165, 1, 20));
    }
}
