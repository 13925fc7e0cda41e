package org.reportcycle.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.delegation.CopyService.CopyView;
import org.reportcycle.delegation.DelegationService.DelegationView;
import org.reportcycle.notification.NoticeView;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.workflow.TaskItem;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Delegation (委派) with a date range, and copies (抄送) that may read but not act, with read receipts. */
@SpringBootTest
@ActiveProfiles("test")
class DelegationAndCopyTests {

    @Autowired
    TestData data;

    @Autowired
    DelegationService delegation;

    @Autowired
    CopyService copies;

    @Autowired
    ReviewService review;

    @Autowired
    ReportService reports;

    @Autowired
    WorkflowService workflow;

    @Autowired
    NotificationService notices;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    Long id;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void report() {
        unit = data.unit("委派街道");
        id = data.openReport(2025, unit);
    }

    @Test
    void during_a_delegation_the_delegate_sees_and_does_the_tasks_recorded_as_acting_for() {
        DelegationView d = as(
                unit.legal(), () -> delegation.delegate(unit.id(), unit.secretary(), today, today.plusDays(7), "出差"));
        assertThat(d.inForce()).isTrue();
        assertThat(notices(unit.secretary())).extracting(NoticeView::kind).contains("delegation");

        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(as(unit.secretary(), () -> workflow.myInbox()))
                .extracting(TaskItem::reportId)
                .contains(id);
        assertThat(notices(unit.secretary()).get(0).kind())
                .as("told of the task too")
                .isEqualTo("task");

        as(unit.secretary(), () -> review.pass(id, "同意"));
        assertThat(as(unit.drafter(), () -> reports.view(id)).step()).isEqualTo(Step.LEADER_SIGNOFF);
        Map<String, Object> record = jdbc.queryForMap(
                "SELECT actor, on_behalf_of FROM rc_audit WHERE report_id = ? " + "AND action = 'review.passed'", id);
        assertThat(record).containsEntry("ACTOR", unit.secretary()).containsEntry("ON_BEHALF_OF", unit.legal());
    }

    @Test
    void before_and_after_its_dates_or_once_revoked_the_tasks_are_the_delegators_alone() {
        as(
                unit.legal(),
                () -> delegation.delegate(unit.id(), unit.secretary(), today.plusDays(1), today.plusDays(5), "下周出差"));
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(as(unit.secretary(), () -> workflow.myInbox()))
                .extracting(TaskItem::reportId)
                .doesNotContain(id);
        assertThatThrownBy(() -> as(unit.secretary(), () -> review.pass(id, null)))
                .isInstanceOf(AccessDeniedException.class);

        DelegationView now =
                as(unit.legal(), () -> delegation.delegate(unit.id(), unit.secretary(), today, today, "今天"));
        assertThat(as(unit.secretary(), () -> workflow.myInbox()))
                .extracting(TaskItem::reportId)
                .contains(id);
        assertThatThrownBy(() -> as(unit.secretary(), () -> {
                    delegation.revoke(now.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        as(unit.legal(), () -> {
            delegation.revoke(now.id());
            return null;
        });
        assertThat(as(unit.secretary(), () -> workflow.myInbox()))
                .extracting(TaskItem::reportId)
                .doesNotContain(id);
        assertThat(as(unit.legal(), () -> delegation.mine()))
                .extracting(DelegationView::revoked)
                .contains(true, false);
    }

    @Test
    void a_delegation_goes_to_a_member_of_the_same_unit_for_days_not_yet_past() {
        TestUnit other = data.unit("别的街道");
        assertThatThrownBy(() -> as(
                        unit.legal(),
                        () -> delegation.delegate(unit.id(), other.legal(), today, today.plusDays(3), null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.delegateNotAMember");
        assertThatThrownBy(() -> as(
                        unit.legal(),
                        () -> delegation.delegate(
                                unit.id(), unit.drafter(), today.minusDays(9), today.minusDays(2), null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.delegationDates");
        assertThatThrownBy(() ->
                        as(other.legal(), () -> delegation.delegate(unit.id(), unit.drafter(), today, today, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_copied_person_reads_but_cannot_act_and_the_sender_sees_when_they_first_opened_it() {
        TestUnit other = data.unit("旁观街道");
        String outsider = other.legal();
        assertThatThrownBy(() -> as(outsider, () -> reports.view(id))).isInstanceOf(AccessDeniedException.class);
        // copies stay inside the circle (issue 19): the other unit supervises this one, so its people may be copied
        jdbc.update("UPDATE rc_unit SET parent_id = ? WHERE id = ?", other.id(), unit.id());

        as(unit.drafter(), () -> copies.copy(id, outsider, "请知悉"));
        assertThat(notices(outsider).get(0).kind()).isEqualTo("cc");
        assertThat(notices(outsider).get(0).link()).isEqualTo("reports/" + id);
        assertThat(as(unit.drafter(), () -> copies.copies(id)))
                .singleElement()
                .satisfies(c -> assertThat(c.firstReadAt()).isNull());

        assertThat(as(outsider, () -> reports.view(id)).title()).contains("委派街道");
        as(outsider, () -> {
            copies.opened(id);
            return null;
        });
        as(unit.drafter(), () -> review.submit(id, null));
        assertThatThrownBy(() -> as(outsider, () -> review.pass(id, null))).isInstanceOf(AccessDeniedException.class);

        List<CopyView> sent = as(unit.drafter(), () -> copies.copies(id));
        assertThat(sent).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(unit.drafter());
            assertThat(c.firstReadAt()).isNotNull();
        });
        java.time.Instant first = sent.get(0).firstReadAt();
        as(outsider, () -> {
            copies.opened(id);
            return null;
        });
        assertThat(as(unit.drafter(), () -> copies.copies(id)).get(0).firstReadAt())
                .isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action IN "
                                + "('report.copied', 'report.copyRead')",
                        Integer.class,
                        id))
                .isEqualTo(2);
    }

    private List<NoticeView> notices(String username) {
        return as(username, () -> notices.myNotices(50, Locale.SIMPLIFIED_CHINESE));
    }
}
