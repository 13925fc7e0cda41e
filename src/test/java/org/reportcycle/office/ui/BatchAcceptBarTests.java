package org.reportcycle.office.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.Cycle;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.office.OfficeReviewService.ReceivedReport;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The register accepts the ticked reports in one action and says which could not be accepted. */
@UiSpringTest
class BatchAcceptBarTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    OfficeReviewService office;

    @Autowired
    ReportRepository reports;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticked_reports_are_accepted_and_one_accepted_meanwhile_is_listed_as_failed() {
        TestUnit a = data.unit("勾选接收甲");
        TestUnit b = data.unit("勾选接收乙");
        TestUnit c = data.unit("勾选接收丙");
        List<Long> ids = List.of(data.openReport(2353, a), data.openReport(2353, b), data.openReport(2353, c));
        data.bringTo(Step.OFFICE_REVIEW, a, ids.get(0));
        data.bringTo(Step.OFFICE_REVIEW, b, ids.get(1));
        data.bringTo(Step.OFFICE_REVIEW, c, ids.get(2));

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/office");
        ComboBox<Cycle> year = _get(ComboBox.class, s -> s.withId("office-cycle"));
        _setValue(
                year,
                year.getListDataView()
                        .getItems()
                        .filter(y -> y.getReportYear() == 2353)
                        .findFirst()
                        .orElseThrow());
        Grid<ReceivedReport> register = _get(Grid.class, s -> s.withId("register"));
        for (ReceivedReport r : _findAll(register)) {
            if (ids.contains(r.reportId())) {
                register.select(r);
            }
        }
        // someone else accepts the third one meanwhile
        as(data.admin(), () -> office.accept(ids.get(2), null));

        Browserless.click("accept-selected");

        assertThat(_get(Span.class, s -> s.withId("accept-selected-result")).getText())
                .isEqualTo("已接收 2 份报告。 未能接收： 勾选接收丙：报告已不在该环节（可能已由他人处理），操作未执行。");
        for (Long id : ids) {
            assertThat(reports.findById(id).orElseThrow().getStep()).isEqualTo(Step.PUBLISH);
        }
    }
}
