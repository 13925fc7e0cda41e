package org.reportcycle.office.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.office.ChaseService;
import org.reportcycle.office.DashboardRow;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class TrackingViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    CycleService cycles;

    @Autowired
    ChaseService chasing;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    /** A cycle whose streets' drafting deadline has passed, with one report drafting and one in legal review. */
    record Opened(Cycle cycle, TestUnit drafting, Long draft, TestUnit reviewing, Long review) {}

    Opened opened(int year) {
        cycles.createOrGet(year, Map.of(UnitLevel.STREET, Map.of(Milestone.DRAFT, LocalDate.of(2020, 1, 15))));
        TestUnit drafting = data.unit("青山街道" + year);
        TestUnit reviewing = data.unit("绿水街道" + year);
        Long draft = data.openReport(year, drafting);
        Long review = data.openReport(year, reviewing);
        data.bringTo(Step.LEGAL_REVIEW, reviewing, review);
        return new Opened(cycles.byYear(year).orElseThrow(), drafting, draft, reviewing, review);
    }

    @SuppressWarnings("unchecked")
    Grid<DashboardRow> showCycle(Cycle cycle) {
        Browserless.navigate("admin");
        _setValue(_get(ComboBox.class, s -> s.withId("filter-cycle")), cycle);
        return _get(Grid.class, s -> s.withId("dashboard"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_lists_each_unit_most_urgent_first_with_holders_overdue_in_red_and_counts_per_step() {
        Opened o = opened(2064);
        Browserless.start(ctx, data.admin(), true);
        Grid<DashboardRow> grid = showCycle(o.cycle());

        assertThat(_size(grid)).isEqualTo(2);
        List<DashboardRow> rows = _findAll(grid);
        assertThat(rows).extracting(DashboardRow::reportId).containsExactly(o.draft(), o.review());
        assertThat(rows.get(0).overdue()).isTrue();
        assertThat(rows.get(0).holders()).containsExactly("青山街道2064起草人");
        assertThat(rows.get(1).holders()).containsExactly("绿水街道2064法律顾问");
        String svg = _get(Div.class, s -> s.withId("step-chart")).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("起草: 1").contains("合法性审查: 1");

        _setValue(_get(ComboBox.class, s -> s.withId("filter-step")), Step.LEGAL_REVIEW);
        assertThat(_findAll(grid)).extracting(DashboardRow::reportId).containsExactly(o.review());
        _setValue(_get(ComboBox.class, s -> s.withId("filter-step")), null);
        _setValue(_get(Checkbox.class, s -> s.withId("filter-overdue")), true);
        assertThat(_findAll(grid)).extracting(DashboardRow::reportId).containsExactly(o.draft());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_chases_the_selected_units_and_the_report_shows_the_chase() {
        Opened o = opened(2065);
        Browserless.start(ctx, data.admin(), true);
        Grid<DashboardRow> grid = showCycle(o.cycle());

        grid.select(_findAll(grid).get(0));
        Browserless.click("chase-selected");
        _setValue(_get(TextArea.class, s -> s.withId("chase-message")), "请于本周内提交");
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).anyMatch(n -> n.contains("1"));
        List<ChaseService.ChaseRecord> chases = as(o.drafting().drafter(), () -> chasing.chases(o.draft()));
        assertThat(chases).singleElement().satisfies(c -> {
            assertThat(c.message()).isEqualTo("请于本周内提交");
            assertThat(c.recipients()).isEqualTo("青山街道2065起草人");
            assertThat(c.step()).isEqualTo(Step.DRAFT);
        });
        assertThat(as(o.reviewing().legal(), () -> chasing.chases(o.review()))).isEmpty();

        // The drafter sees the chase on the report
        Browserless.stop();
        Browserless.start(ctx, o.drafting().drafter(), false);
        Browserless.navigate("reports/" + o.draft());
        Browserless.openPanel("催办记录");
        Grid<?> onReport = _get(Grid.class, s -> s.withId("chases"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(onReport, 0, "message"))
                .isEqualTo("请于本周内提交");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_row_opens_its_report() {
        Opened o = opened(2066);
        Browserless.start(ctx, data.admin(), true);
        Grid<DashboardRow> grid = showCycle(o.cycle());

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        // a click selects (for chasing); the button in the row opens the report
        com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "open")
                .getElement()
                .getComponent()
                .ifPresent(c -> com.github.mvysny.kaributesting.v10.ButtonKt._click(
                        (com.vaadin.flow.component.button.Button) c));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reports/" + o.draft());
    }

    @Test
    void a_user_who_is_not_an_administrator_cannot_open_the_admin_screens() {
        TestUnit unit = data.unit("红山街道");
        Browserless.start(ctx, unit.drafter(), false);

        // In a browser Vaadin shows its access-denied page; Karibu turns that page into an exception
        assertThatThrownBy(() -> Browserless.navigate("admin")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> Browserless.navigate("admin/cycles")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> Browserless.navigate("admin/office")).isInstanceOf(MockAccessDeniedException.class);
    }
}
