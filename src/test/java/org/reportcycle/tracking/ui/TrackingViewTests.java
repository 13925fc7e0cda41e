package org.reportcycle.tracking.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.report.ui.ReportSummaryGrid;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.testdata.UiTestData;
import org.reportcycle.testdata.UiTestData.UiUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class TrackingViewTests {

    @Autowired ApplicationContext ctx;
    @Autowired UiTestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_grid_lists_every_units_report_and_filters_by_step_and_year() {
        UiUnit drafting = data.unit("青山街道");
        UiUnit reviewing = data.unit("绿水街道");
        Long draft = data.openReport(2023, drafting);
        Long review = data.openReport(2023, reviewing);
        data.bringTo(Step.LEGAL_REVIEW, reviewing, review);

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin");
        ReportSummaryGrid grid = _get(ReportSummaryGrid.class);
        assertThat(_findAll(grid)).extracting(ReportSummary::id).contains(draft, review);

        _setValue(_get(ComboBox.class, s -> s.withId("filter-year")), 2023);
        assertThat(_findAll(grid)).extracting(ReportSummary::id).containsExactlyInAnyOrder(draft, review);

        _setValue(_get(ComboBox.class, s -> s.withId("filter-step")), Step.LEGAL_REVIEW);
        assertThat(_findAll(grid)).extracting(ReportSummary::id).containsExactly(review);
        assertThat(_findAll(grid)).extracting(ReportSummary::unitName).containsExactly("绿水街道");
    }

    @Test
    void a_user_who_is_not_an_administrator_cannot_open_the_admin_view() {
        UiUnit unit = data.unit("红山街道");
        Browserless.start(ctx, unit.drafter(), false);

        // In a browser Vaadin shows its access-denied page; Karibu turns that page into an exception
        assertThatThrownBy(() -> Browserless.navigate("admin")).isInstanceOf(MockAccessDeniedException.class);
    }
}
