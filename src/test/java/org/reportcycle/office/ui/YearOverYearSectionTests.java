package org.reportcycle.office.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.office.DashboardRow;
import org.reportcycle.office.YearOverYearService;
import org.reportcycle.opening.CycleOpeningService;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Last year's shortcomings next to this year's rectification: for the unit's reviewers and for the office. */
@UiSpringTest
class YearOverYearSectionTests {

    static final String RECTIFIED = "针对执法力量不足的问题，全年组织执法人员培训6期。";

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    CycleOpeningService opening;

    @Autowired
    CycleService cycles;

    @Autowired
    YearOverYearService yoy;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewers_and_the_office_see_last_years_shortcomings_next_to_this_years_rectification() {
        TestUnit unit = data.unit("整改街道");
        data.openReport(2085, unit);
        Map<Part, String> parts = new HashMap<>(TestData.compliantText(2086).parts());
        parts.put(Part.RECTIFICATION, RECTIFIED);
        as(data.admin(), () -> opening.open(2086, List.of(unit.id()), Map.of(unit.id(), new ReportText("", parts))));
        Long id = new org.springframework.jdbc.core.JdbcTemplate(ctx.getBean(javax.sql.DataSource.class))
                .queryForObject(
                        "SELECT r.id FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id"
                                + " WHERE c.report_year = 2086 AND r.unit_id = ?",
                        Long.class,
                        unit.id());

        YearOverYearService.Comparison c = as(unit.legal(), () -> yoy.compare(id));
        assertThat(c.lastYearShortcomings()).contains("执法力量不足");
        assertThat(c.rectification()).isEqualTo(RECTIFIED);
        assertThatThrownBy(() -> as(data.unit("别的街道").legal(), () -> yoy.compare(id)))
                .isInstanceOf(AccessDeniedException.class);

        Browserless.openReport(ctx, unit.legal(), id);
        Browserless.openPanel("上年不足与本年整改对照");
        assertThat(_get(Div.class, s -> s.withId("yoy-last")).getText()).contains("执法力量不足");
        assertThat(_get(Div.class, s -> s.withId("yoy-now")).getText()).isEqualTo(RECTIFIED);
        Browserless.stop();

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin");
        _setValue(
                _get(ComboBox.class, s -> s.withId("filter-cycle")),
                cycles.byYear(2086).orElseThrow());
        TrackingView view = _get(TrackingView.class);
        Grid<DashboardRow> grid = _get(Grid.class, s -> s.withId("dashboard"));
        view.compare(_findAll(grid).get(0));
        assertThat(_get(Div.class, s -> s.withId("yoy-now")).getText()).isEqualTo(RECTIFIED);
    }
}
