package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class ReportListViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_shows_the_reports_of_my_unit_and_not_those_of_others() {
        TestUnit mine = data.unit("长江街道");
        TestUnit other = data.unit("珠江街道");
        Long older = data.openReport(2025, mine);
        Long newer = data.openReport(2026, mine);
        data.openReport(2026, other);

        Browserless.start(ctx, mine.legal(), false);
        Browserless.navigate("reports");

        assertThat(_get(H2.class).getText()).isEqualTo("报告");
        ReportSummaryGrid grid = _get(ReportSummaryGrid.class);
        // the newest year first; all years on request
        assertThat(_findAll(grid)).extracting(ReportSummary::id).containsExactly(newer);
        _get(Select.class, s -> s.withId("reports-year")).setValue(ReportListView.ALL_YEARS);
        assertThat(_findAll(grid)).extracting(ReportSummary::id).containsExactly(newer, older);
        assertThat(_findAll(grid)).extracting(ReportSummary::unitName).containsOnly("长江街道");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administrators_page_through_every_unit_and_narrow_by_name() {
        TestUnit a = data.unit("列表甲街道");
        TestUnit b = data.unit("列表乙街道");
        Long ra = data.openReport(2026, a);
        Long rb = data.openReport(2026, b);

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("reports");
        ReportSummaryGrid grid = _get(ReportSummaryGrid.class);
        Select<Integer> year = _get(Select.class, s -> s.withId("reports-year"));
        // the newest year with reports comes first (other tests open later years in the same database)
        assertThat(year.getValue()).isGreaterThanOrEqualTo(2026);
        year.setValue(2026);
        assertThat(_findAll(grid)).extracting(ReportSummary::id).contains(ra, rb);

        _setValue(_get(TextField.class, s -> s.withId("reports-unit")), "列表乙");
        assertThat(_findAll(grid)).extracting(ReportSummary::id).containsExactly(rb);
        _setValue(_get(TextField.class, s -> s.withId("reports-unit")), "100%_不存在");
        assertThat(_findAll(grid)).isEmpty();
    }

    @Test
    void clicking_a_report_opens_its_workspace() {
        TestUnit unit = data.unit("松花江街道");
        Long report = data.openReport(2026, unit);
        Browserless.start(ctx, unit.secretary(), false);
        Browserless.navigate("reports");

        _clickItem(_get(ReportSummaryGrid.class), 0);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/" + report);
    }
}
