package org.reportcycle.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.publication.PublicReports;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class PublishActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    PublicReports publicReports;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_drafter_publishes_with_an_index_number_and_the_defaults_for_the_rest() {
        TestUnit unit = data.unit("城关镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.PUBLISH, unit, report);
        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.click("action-publish");
        // the index number has the configured form for the unit and year (issue 19)
        _setValue(_get(TextField.class, s -> s.withId("publish-index-no")), unit.code() + "-2026-001");
        Browserless.confirmDialog();

        assertThat(_get(Span.class, s -> s.withId("report-step")).getText()).isEqualTo("当前环节：已公开");
        assertThat(Browserless.notifications()).contains("报告已公开。");
        // no decisions are left; only the correction (更正) and the downloads remain
        _assertNone(
                Button.class,
                s -> s.withPredicate(b -> b.getId().orElse("").startsWith("action-")
                        && !b.getId().orElse("").equals("action-correct")));
        assertThat(_find(
                        TextArea.class,
                        s -> s.withPredicate(t -> t.getId().orElse("").startsWith("part-"))))
                .allMatch(TextArea::isReadOnly);
        ReportView published = as(unit.drafter(), () -> reports.view(report));
        assertThat(published.indexNo()).isEqualTo(unit.code() + "-2026-001");
        assertThat(published.issuer()).isEqualTo("城关镇");
    }

    @Test
    void the_drafter_corrects_a_published_report_and_the_earlier_version_stays() {
        TestUnit unit = data.unit("更正镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.PUBLISHED, unit, report);
        ReportView before = as(unit.drafter(), () -> reports.view(report));
        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.click("action-correct");
        TextArea part1 = _get(TextArea.class, s -> s.withId("correct-part-1"));
        assertThat(part1.getValue()).isEqualTo(before.parts().get(Part.MEASURES).text());
        _setValue(part1, part1.getValue() + "（更正：数字有误）");
        // without a note nothing changes and the dialog stays open with the reason
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("请说明更正的内容");
        assertThat(as(unit.drafter(), () -> reports.view(report)).version()).isEqualTo(before.version());
        _setValue(_get(TextArea.class, s -> s.withId("correct-note")), "更正第一部分的统计数字");
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).contains("更正已公开，原版本仍可在门户查阅。");
        ReportView after = as(unit.drafter(), () -> reports.view(report));
        assertThat(after.parts().get(Part.MEASURES).text()).endsWith("（更正：数字有误）");
        assertThat(after.step()).isEqualTo(Step.PUBLISHED);
        assertThat(publicReports.versions(report))
                .extracting(v -> v.reason().name())
                .containsExactly("PUBLISHED", "CORRECTED");
    }

    @Test
    void only_the_units_drafters_are_offered_the_correction() {
        TestUnit unit = data.unit("更正乡");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.PUBLISHED, unit, report);
        Browserless.openReport(ctx, unit.legal(), report);
        _assertNone(Button.class, s -> s.withId("action-correct"));
    }
}
