package org.reportcycle.audit.ui;

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

@UiSpringTest
class AuditTimelineSectionTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_timeline_lists_each_step_with_its_actor_and_details_oldest_first() {
        TestUnit unit = data.unit("黄河街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);

        Browserless.openReport(ctx, unit.leader(1), report);

        Browserless.openPanel("操作记录");
        Grid<?> audit = _get(Grid.class, s -> s.withId("audit"));
        List<String> actions = new ArrayList<>();
        for (int row = 0; row < _size(audit); row++) {
            actions.add(_getFormatted(audit, row, "action"));
        }
        assertThat(actions).containsExactly("开启报告", "提交审查", "审查通过");
        assertThat(_getFormatted(audit, 1, "actor")).isEqualTo(unit.drafterName());
        assertThat(_getFormatted(audit, 2, "details")).isEqualTo("意见：同意");
    }
}
