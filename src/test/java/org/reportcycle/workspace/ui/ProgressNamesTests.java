package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The report's path names people and their roles, never login names or task group codes. */
@UiSpringTest
class ProgressNamesTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void done_steps_show_who_did_them_and_the_current_step_who_may_act_by_name_and_role() {
        TestUnit unit = data.unit("进度街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.openPanel("办理进度");
        Grid<?> progress = _get(Grid.class, s -> s.withId("progress"));
        List<String> who = new ArrayList<>();
        for (int i = 0; i < _size(progress); i++) {
            who.add(_getFormatted(progress, i, "who"));
        }

        assertThat(who).contains(unit.drafterName(), unit.legalName(), unit.leaderName(1) + "（领导）");
        assertThat(String.join("|", who)).doesNotContain(":").doesNotContain(unit.drafter());
    }
}
