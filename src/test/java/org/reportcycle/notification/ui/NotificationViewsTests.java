package org.reportcycle.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.NoticeView;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.notification.Preference;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The bell, the list of notices and the settings screen, browserless. */
@UiSpringTest
class NotificationViewsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    NotificationService notices;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_bell_counts_unread_notices_and_a_notice_leads_to_its_report() {
        TestUnit unit = data.unit("铃声街道");
        Long report = data.openReport(2026, unit);
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");
        assertThat(bell().unread()).isEqualTo(1);
        assertThat(bell().getAriaLabel().orElseThrow()).contains("1 条未读");

        _click(bell());
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("notices");
        @SuppressWarnings("unchecked")
        Grid<NoticeView> grid = _get(Grid.class, spec -> spec.withId("notices"));
        assertThat(_findAll(grid))
                .extracting(NoticeView::text)
                .singleElement()
                .asString()
                .contains("铃声街道");

        _clickItem(grid, 0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/" + report);
        assertThat(bell().unread()).isZero();
    }

    @Test
    void a_person_turns_off_a_kind_in_the_settings() {
        TestUnit unit = data.unit("设置街道");
        Browserless.start(ctx, unit.legal(), false);
        Browserless.navigate("notices/settings");
        @SuppressWarnings("unchecked")
        Grid<Preference> grid = _get(Grid.class, spec -> spec.withId("notify-preferences"));
        assertThat(_findAll(grid)).extracting(Preference::kind).contains("task", "reminder", "overdue");
        Checkbox reminders = (Checkbox)
                _getCellComponent(grid, _findAll(grid).indexOf(new Preference("reminder", true, true)), "inApp");
        assertThat(reminders.getValue()).isTrue();
        _setValue(reminders, false);
        assertThat(TestData.as(unit.legal(), () -> notices.myPreferences()))
                .contains(new Preference("reminder", false, true));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notify-mail-off")))
                .isNotNull();
    }

    @Autowired
    org.reportcycle.workflow.DeadlineReminders deadlineScan;

    @Autowired
    org.flowable.engine.ProcessEngineConfiguration engine;

    @Test
    void administrators_see_the_reports_flagged_overdue_and_open_them() {
        TestUnit unit = data.unit("逾期街道");
        Long report = data.openReport(2038, unit);
        engine.getClock().setCurrentTime(java.util.Date.from(java.time.Instant.parse("2039-01-16T01:00:00Z")));
        try {
            deadlineScan.scan(java.util.List.of(report)); // the draft's due day has passed: escalated
        } finally {
            engine.getClock().reset();
        }
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("notices");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("notices-overdue")));
        @SuppressWarnings("unchecked")
        Grid<org.reportcycle.workflow.DeadlineTimers.Escalation> grid =
                _get(Grid.class, spec -> spec.withId("overdue"));
        assertThat(_findAll(grid)).anySatisfy(e -> {
            assertThat(e.reportId()).isEqualTo(report);
            assertThat(e.unitName()).isEqualTo("逾期街道");
        });
        _clickItem(grid, _findAll(grid).stream().map(e -> e.reportId()).toList().indexOf(report));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/" + report);
    }

    private static NoticeBell.Bell bell() {
        return _get(NoticeBell.Bell.class);
    }
}
