package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** In the workspace, a part someone else saved meanwhile opens a dialog with both texts; nothing is lost. */
@UiSpringTest
class PartConflictUiTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_save_over_someone_elses_newer_text_shows_both_and_keeping_mine_saves_mine() {
        TestUnit unit = data.unit("冲突界面街道");
        Long report = data.openReport(2039, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        as(
                unit.drafter(),
                () -> reports.save(
                        report, Map.of(Part.SHORTCOMINGS, new PartEdit("他人刚保存的文字<b>加粗</b>", null)), "另一个标签页"));
        _setValue(_get(TextArea.class, s -> s.withId("part-2")), "我的文字");
        Browserless.click("save-parts");

        _get(Dialog.class, s -> s.withId("part-conflict"));
        assertThat(_get(TextArea.class, s -> s.withId("conflict-theirs")).getValue())
                .isEqualTo("他人刚保存的文字<b>加粗</b>");
        assertThat(_get(TextArea.class, s -> s.withId("conflict-yours")).getValue())
                .isEqualTo("我的文字");
        assertThat(as(unit.drafter(), () -> reports.view(report))
                        .parts()
                        .get(Part.SHORTCOMINGS)
                        .text())
                .isEqualTo("他人刚保存的文字<b>加粗</b>");

        Browserless.click("conflict-keep-mine");

        _assertNone(Dialog.class, s -> s.withId("part-conflict"));
        assertThat(Browserless.notifications()).contains("已保存。");
        assertThat(as(unit.drafter(), () -> reports.view(report))
                        .parts()
                        .get(Part.SHORTCOMINGS)
                        .text())
                .isEqualTo("我的文字");
    }
}
