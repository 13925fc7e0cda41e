package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.intervention.FlowControlService;
import org.reportcycle.people.PeopleService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** In-app notices: who hears of each new task, return and publication; reading; each person's choices. */
@SpringBootTest
@ActiveProfiles("test")
class NotificationServiceTests {

    @Autowired
    TestData data;

    @Autowired
    NotificationService notices;

    @Autowired
    ReviewService review;

    @Autowired
    SignoffService signoff;

    @Autowired
    FlowControlService flow;

    @Autowired
    PeopleService people;

    TestUnit unit;
    Long id;

    @BeforeEach
    void report() {
        unit = data.unit("通知街道");
        id = data.openReport(2025, unit);
    }

    @Test
    void opening_a_report_tells_its_drafters_with_a_deep_link() {
        List<NoticeView> mine = notices(unit.drafter());
        assertThat(mine).hasSize(1);
        NoticeView notice = mine.get(0);
        assertThat(notice.kind()).isEqualTo("task");
        assertThat(notice.link()).isEqualTo("reports/" + id);
        assertThat(notice.text()).contains("通知街道").contains("起草").startsWith("「");
        assertThat(notice.read()).isFalse();
        assertThat(as(unit.drafter(), () -> notices.myNotices(10, Locale.ENGLISH))
                        .get(0)
                        .text())
                .contains("waits for you")
                .contains("Draft");
    }

    @Test
    void a_member_added_by_the_administrator_hears_of_the_next_task_at_once() {
        // the submission tells the unit's legal advisors: the node keeps who they are (organization.KeptReads)
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(notices(unit.legal())).hasSize(1);
        String added = unit.code() + "-legal3";
        as(data.admin(), () -> people.createUser(added, "新任法律顾问", null, false, "New-Advisor-2026"));
        as(data.admin(), () -> people.addMember(unit.id(), added, Role.LEGAL, 0));
        as(unit.legal(), () -> review.returnToDrafting(id, "请补充数据"));
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(notices(added))
                .as("the change counted on the next step, not when what was kept expired")
                .extracting(NoticeView::kind)
                .containsExactly("task");
    }

    @Test
    void each_step_tells_the_people_who_act_next_and_only_them() {
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(notices(unit.legal())).extracting(NoticeView::kind).containsExactly("task");
        assertThat(notices(unit.leader(1))).isEmpty();

        as(unit.legal(), () -> review.pass(id, "同意"));
        assertThat(notices(unit.leader(1))).extracting(NoticeView::kind).containsExactly("task");
        assertThat(notices(unit.leader(2)))
                .as("the second leader's turn has not come")
                .isEmpty();

        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        assertThat(notices(unit.leader(2))).hasSize(1);
        assertThat(notices(unit.leader(2)).get(0).text()).contains("领导签批");
    }

    @Test
    void a_return_tells_the_drafters_it_came_back() {
        as(unit.drafter(), () -> review.submit(id, null));
        as(unit.legal(), () -> review.returnToDrafting(id, "请补充数据"));
        NoticeView latest = notices(unit.drafter()).get(0);
        assertThat(latest.kind()).isEqualTo("returned");
        assertThat(latest.text()).contains("退回");
    }

    @Test
    void an_administrators_return_and_a_reassignment_tell_whoever_has_the_task_now() {
        as(unit.drafter(), () -> review.submit(id, null));
        data.person(unit.id(), unit.code() + "-legal2", Role.LEGAL, 0);
        as(unit.legal(), () -> {
            flow.reassign(id, unit.code() + "-legal2", "出差");
            return null;
        });
        assertThat(notices(unit.code() + "-legal2"))
                .extracting(NoticeView::kind)
                .containsExactly("task");

        as(data.admin(), () -> flow.returnTo(id, org.reportcycle.shared.Step.DRAFT, "数据口径有误"));
        assertThat(notices(unit.drafter()).get(0).kind()).isEqualTo("returned");
    }

    @Test
    void publication_tells_the_drafters_and_the_administrators() {
        data.publish(unit, id);
        assertThat(notices(unit.drafter()).get(0).kind()).isEqualTo("published");
        assertThat(notices(data.admin())).anyMatch(n -> n.kind().equals("published") && id.equals(n.reportId()));
    }

    @Test
    void a_refused_or_failed_step_tells_nobody() {
        assertThatThrownBy(() -> as(unit.legal(), () -> review.pass(id, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(unit.legal(), () -> review.submit(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notices(unit.legal())).isEmpty();
        assertThat(notices(unit.leader(1))).isEmpty();
    }

    @Test
    void people_mark_their_own_notices_read_and_nobody_elses() {
        Long noticeId = notices(unit.drafter()).get(0).id();
        assertThat(as(unit.drafter(), () -> notices.unreadCount())).isEqualTo(1);
        assertThatThrownBy(() -> as(unit.legal(), () -> {
                    notices.markRead(noticeId);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(unit.drafter(), () -> notices.unreadCount())).isEqualTo(1);

        as(unit.drafter(), () -> {
            notices.markRead(noticeId);
            return null;
        });
        assertThat(as(unit.drafter(), () -> notices.unreadCount())).isZero();
        assertThat(notices(unit.drafter()).get(0).read()).isTrue();
    }

    @Test
    void people_choose_which_kinds_they_receive_in_the_application() {
        assertThat(as(unit.legal(), () -> notices.myPreferences())).allMatch(p -> p.inApp() && p.byMail());
        as(unit.legal(), () -> notices.setPreference("task", false, true));
        assertThat(as(unit.legal(), () -> notices.myPreferences()))
                .contains(new Preference("task", false, true), new Preference("returned", true, true));
        assertThatThrownBy(() -> as(unit.legal(), () -> notices.setPreference("spam", true, true)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.unknownNoticeKind");

        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(notices(unit.legal())).isEmpty();
    }

    private List<NoticeView> notices(String username) {
        return as(username, () -> notices.myNotices(50, Locale.SIMPLIFIED_CHINESE));
    }
}
