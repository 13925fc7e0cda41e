package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class VersionComparisonSectionTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewService review;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_legal_advisor_sees_what_changed_since_they_last_looked_marked_by_character() {
        TestUnit unit = data.unit("比对镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);

        // first visit: nothing seen before, so nothing "since"; the visit is remembered
        Browserless.openReport(ctx, unit.legal(), report);
        assertThat(heading()).doesNotContain("上次查看");
        Browserless.stop();

        as(unit.legal(), () -> review.returnToDrafting(report, "请补充培训情况"));
        as(
                unit.drafter(),
                () -> reports.save(
                        report,
                        Map.of(Part.SHORTCOMINGS, new PartEdit("（一）执法力量不足。部分执法人员缺少系统的法律培训，全年仅培训1次。", null)),
                        null));
        as(unit.drafter(), () -> review.submit(report, "已补充"));
        int current = as(unit.legal(), () -> reports.view(report)).version();

        Browserless.openReport(ctx, unit.legal(), report);
        assertThat(heading()).startsWith("自您上次查看以来的修改（第 ").endsWith("版 → 第 " + current + " 版）");
        String diff = html("diff-2");
        assertThat(diff).contains("<ins").contains("，全年仅培训1次").contains("部分执法人员缺少系统的法律培训");
        assertThat(inserted(diff)).isEqualTo("，全年仅培训1次");
        Browserless.stop();

        // looked at now: the next visit has nothing new to show
        Browserless.openReport(ctx, unit.legal(), report);
        assertThat(heading()).doesNotContain("上次查看");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_drafter_compares_any_two_versions() {
        TestUnit unit = data.unit("版本镇");
        Long report = data.openReport(2026, unit);
        as(
                unit.drafter(),
                () -> reports.save(report, Map.of(Part.MEASURES, new PartEdit("（一）强化组织领导。全年召开专题会议4次。", null)), null));
        as(
                unit.drafter(),
                () -> reports.save(report, Map.of(Part.NEXT_YEAR, new PartEdit("2027年将加强执法队伍建设。", null)), null));

        Browserless.openReport(ctx, unit.drafter(), report);
        // by default the latest change
        assertThat(heading()).isEqualTo("第 2 版 → 第 3 版");
        assertThat(_get(Div.class, s -> s.withId("comparison")).getElement().getTextRecursively())
                .doesNotContain("专题会议4次");

        _setValue(_get(Select.class, s -> s.withId("compare-from")), 1);
        _setValue(_get(Select.class, s -> s.withId("compare-to")), 2);
        Browserless.click("compare");
        assertThat(heading()).isEqualTo("第 1 版 → 第 2 版");
        assertThat(html("diff-1")).contains("<del").contains("<ins");
        assertThat(_get(Div.class, s -> s.withId("comparison")).getElement().getTextRecursively())
                .doesNotContain("2027年将加强执法队伍建设");

        _setValue(_get(Select.class, s -> s.withId("compare-to")), 1);
        Browserless.click("compare");
        assertThat(_get(Span.class, s -> s.withId("comparison-none")).getText()).isEqualTo("两个版本之间没有修改。");
    }

    private static String heading() {
        Browserless.openPanel("比较版本");
        return _get(Span.class, s -> s.withId("comparison-heading")).getText();
    }

    private static String html(String id) {
        Div part = _get(Div.class, s -> s.withId(id));
        return part.getChildren()
                .flatMap(row -> row.getChildren())
                .flatMap(side -> side.getChildren())
                .map(c -> ((Html) c).getInnerHtml())
                .collect(Collectors.joining("\n"));
    }

    private static String inserted(String html) {
        return java.util.regex.Pattern.compile("<ins[^>]*>([^<]*)</ins>")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.joining());
    }
}
