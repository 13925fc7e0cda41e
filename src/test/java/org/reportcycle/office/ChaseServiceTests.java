package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Chasing (催办): who is told, what is recorded, who may chase. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ChaseServiceTests {

    @Autowired
    TestData data;

    @Autowired
    ChaseService chasing;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.reportcycle.review.ReviewService review;

    @Test
    void all_overdue_tells_the_holders_of_each_overdue_step_and_records_it_on_the_report() {
        cycles.createOrGet(2081, Map.of(UnitLevel.STREET, Map.of(Milestone.LEGAL_REVIEW, LocalDate.of(2020, 1, 31))));
        TestUnit late = data.unit("迟交街道");
        TestUnit onTime = data.unit("按时街道");
        Map<TestUnit, Long> ids =
                data.openCycle(2081, List.of(late, onTime), Map.of(late.id(), TestData.compliantText(2081)));
        as(late.drafter(), () -> review.submit(ids.get(late), null));
        Long cycleId = cycles.byYear(2081).orElseThrow().getId();

        int chased = as(data.admin(), () -> chasing.chaseOverdue(cycleId, "请尽快完成合法性审查"));

        assertThat(chased).isEqualTo(1);
        List<NotifyEvent> told = events.stream(NotifyEvent.class)
                .filter(e -> "chase".equals(e.kind()))
                .toList();
        assertThat(told).singleElement().satisfies(e -> {
            assertThat(e.recipients()).containsExactly(late.legal());
            assertThat(e.reportId()).isEqualTo(ids.get(late));
            assertThat(e.messageKey()).isEqualTo("chase.notice");
            assertThat(e.args()).contains("请尽快完成合法性审查");
            assertThat(e.link()).isEqualTo("reports/" + ids.get(late));
        });
        // the notification feature stores it as an in-app notice for the legal advisor
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_notice WHERE recipient = ? AND kind = 'chase'",
                        Integer.class,
                        late.legal()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT actor FROM rc_audit WHERE report_id = ? AND action = 'report.chased'",
                        String.class,
                        ids.get(late)))
                .containsExactly(data.admin());
        assertThat(as(late.legal(), () -> chasing.chases(ids.get(late))))
                .singleElement()
                .satisfies(c -> assertThat(c.step()).isEqualTo(Step.LEGAL_REVIEW));
        assertThat(as(onTime.drafter(), () -> chasing.chases(ids.get(onTime)))).isEmpty();
    }

    @Test
    void only_administrators_chase_and_a_chase_needs_a_message() {
        TestUnit unit = data.unit("催办街道");
        Long id = data.openReport(2082, unit);
        events.clear(); // opening the report tells the drafter of the new task; only the chase is under test

        assertThatThrownBy(() -> as(unit.drafter(), () -> chasing.chase(List.of(id), "快")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(data.admin(), () -> chasing.chase(List.of(id), "  ")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.chaseMessageRequired");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_chase WHERE report_id = ?", Integer.class, id))
                .isZero();
        assertThat(events.stream(NotifyEvent.class).filter(e -> "chase".equals(e.kind())))
                .isEmpty();
    }
}
