package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.ui.ShellStyles;
import org.reportcycle.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class InboxViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_inbox_shows_the_task_of_my_unit_and_not_that_of_another_unit() {
        TestUnit mine = data.unit("东城街道");
        TestUnit other = data.unit("西城街道");
        Long myReport = data.openReport(2026, mine);
        data.openReport(2026, other);

        Browserless.start(ctx, mine.drafter(), false);
        Browserless.navigate("inbox");

        assertThat(_get(H2.class).getText()).isEqualTo("我的待办");
        @SuppressWarnings("unchecked")
        Grid<TaskItem> grid = _get(Grid.class);
        assertThat(_findAll(grid)).extracting(TaskItem::reportId).containsExactly(myReport);
        assertThat(_getFormatted(grid, 0, "unit")).isEqualTo("东城街道");
        assertThat(_getFormatted(grid, 0, "step")).isEqualTo("起草");
        assertThat(_getCellComponent(grid, 0, "due").getElement().getText()).isEqualTo("2027年1月15日");
    }

    @Test
    void an_overdue_task_is_marked_red_and_says_overdue() {
        TestUnit late = data.unit("迟报街道");
        data.openReport(2024, late);

        Browserless.start(ctx, late.drafter(), false);
        Browserless.navigate("");

        @SuppressWarnings("unchecked")
        Grid<TaskItem> grid = _get(Grid.class);
        var due = _getCellComponent(grid, 0, "due");
        assertThat(due.getElement().getText()).isEqualTo("2025年1月15日（已逾期）");
        assertThat(due.getElement().getStyle().get("color")).isEqualTo("#c62828");
    }

    @Test
    void clicking_a_task_opens_the_report_workspace() {
        TestUnit unit = data.unit("南城街道");
        Long report = data.openReport(2026, unit);

        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<TaskItem> grid = _get(Grid.class);
        _clickItem(grid, 0);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/" + report);
        assertThat(_get(ReportWorkspaceView.class)).isNotNull();
    }

    @Test
    void on_a_phone_each_task_is_a_card_with_unit_step_and_due_date_and_a_tap_opens_the_report() {
        TestUnit unit = data.unit("手机街道");
        Long report = data.openReport(2385, unit);

        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");

        assertThat(_get(Grid.class).getClassNames()).contains(ShellStyles.WIDE_ONLY);
        Div cards = _get(Div.class, s -> s.withId("inbox-cards"));
        assertThat(cards.getClassNames()).contains(ShellStyles.NARROW_ONLY);
        Div card = _get(cards, Div.class, s -> s.withClasses(ShellStyles.CARD));
        assertThat(_get(card, Span.class, s -> s.withClasses("task-unit")).getText())
                .isEqualTo("手机街道");
        assertThat(_get(card, Span.class, s -> s.withClasses("task-step")).getText())
                .isEqualTo("起草 · 2385");
        assertThat(_get(card, Span.class, s -> s.withClasses("task-due"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("截止 2386年1月15日");

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent(
                card, new com.vaadin.flow.component.ClickEvent<>(card));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/" + report);
    }
}
