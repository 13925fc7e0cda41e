package org.reportcycle.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.UiTestData.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.testdata.UiTestData;
import org.reportcycle.testdata.UiTestData.UiUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class PublishActionsTests {

    @Autowired ApplicationContext ctx;
    @Autowired UiTestData data;
    @Autowired ReportService reports;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_drafter_publishes_with_an_index_number_and_the_defaults_for_the_rest() {
        UiUnit unit = data.unit("城关镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.PUBLISH, unit, report);
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("reports/" + report);

        Browserless.click("action-publish");
        _setValue(_get(TextField.class, s -> s.withId("publish-index-no")), "CG-2027-001");
        Browserless.confirmDialog();

        assertThat(_get(Span.class, s -> s.withId("report-step")).getText()).isEqualTo("当前环节：已公开");
        assertThat(Browserless.notifications()).contains("报告已公开。");
        // no decisions are left; only the downloads remain
        _assertNone(Button.class, s -> s.withPredicate(b -> b.getId().orElse("").startsWith("action-")));
        assertThat(_find(TextArea.class, s -> s.withPredicate(t -> t.getId().orElse("").startsWith("part-"))))
                .allMatch(TextArea::isReadOnly);
        ReportView published = as(unit.drafter(), () -> reports.view(report));
        assertThat(published.indexNo()).isEqualTo("CG-2027-001");
        assertThat(published.issuer()).isEqualTo("城关镇");
    }
}
