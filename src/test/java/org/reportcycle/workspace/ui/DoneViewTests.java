package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.audit.CompletedTask;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class DoneViewTests {

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
    void the_legal_advisor_finds_the_review_they_passed_with_outcome_and_time_and_not_the_drafters_submission() {
        TestUnit unit = data.unit("已办街道");
        Long report = data.openReport(2386, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);

        Browserless.start(ctx, unit.legal(), false);
        Browserless.navigate("done");

        assertThat(_get(H2.class).getText()).isEqualTo("我的已办");
        Grid<CompletedTask> grid = _get(Grid.class, s -> s.withId("done"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "report")).isEqualTo("已办街道 · 2386");
        assertThat(_getFormatted(grid, 0, "outcome")).isEqualTo("审查通过");
        assertThat(_getFormatted(grid, 0, "at")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日.*");

        _clickItem(grid, 0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("reports/" + report);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_drafter_sees_each_submission_newest_first_and_in_english_as_words() {
        TestUnit unit = data.unit("已办二街道");
        Long report = data.openReport(2387, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        TestData.run(
                unit.legal(),
                () -> ctx.getBean(org.reportcycle.review.ReviewService.class).returnToDrafting(report, "请补充数据"));
        TestData.run(
                unit.drafter(),
                () -> ctx.getBean(org.reportcycle.review.ReviewService.class).submit(report, "第二稿"));

        Browserless.start(ctx, unit.drafter(), false);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Browserless.navigate("done");

        Grid<CompletedTask> grid = _get(Grid.class, s -> s.withId("done"));
        assertThat(_findAll(grid)).hasSize(2);
        assertThat(_findAll(grid).get(0).seq())
                .isGreaterThan(_findAll(grid).get(1).seq());
        assertThat(_getFormatted(grid, 0, "outcome")).isEqualTo("Submitted for review");
    }
}
