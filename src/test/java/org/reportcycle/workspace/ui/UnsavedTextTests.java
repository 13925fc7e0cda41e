package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Typed text is never lost: leaving with unsaved text asks first, and a text over the limit is never cut. */
@UiSpringTest
class UnsavedTextTests {

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
    void leaving_with_unsaved_text_asks_first_and_staying_keeps_the_text() {
        TestUnit unit = data.unit("朝阳街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        _setValue(part("2"), "刚打的字");
        Browserless.navigate("inbox");

        ConfirmDialog dialog = _get(ConfirmDialog.class, s -> s.withId("leave-unsaved"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(ConfirmDialogKt._getHeader(dialog)).isEqualTo("离开此页？");
        ConfirmDialogKt._fireCancel(dialog);

        _assertOne(ReportWorkspaceView.class);
        assertThat(part("2").getValue()).isEqualTo("刚打的字");
    }

    @Test
    void leaving_without_saving_goes_only_when_the_person_chooses_it() {
        TestUnit unit = data.unit("红旗街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        _setValue(part("2"), "不要了的字");
        Browserless.navigate("inbox");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("leave-unsaved")));

        _assertNone(ReportWorkspaceView.class);
        _assertOne(InboxView.class);
    }

    @Test
    void leaving_with_everything_saved_asks_nothing() {
        TestUnit unit = data.unit("光明街道");
        Long report = data.openReport(2026, unit);
        Browserless.openReport(ctx, unit.drafter(), report);

        _setValue(part("2"), "已保存的字");
        Browserless.click("save-parts");
        Browserless.navigate("inbox");

        _assertNone(ConfirmDialog.class);
        _assertOne(InboxView.class);
    }

    @Test
    void a_text_over_the_limit_is_kept_whole_marked_and_refused_naming_the_limit() {
        TestUnit unit = data.unit("幸福街道");
        Long report = data.openReport(2026, unit);
        String before = as(unit.drafter(), () -> reports.view(report))
                .parts()
                .get(Part.MEASURES)
                .text();
        Browserless.openReport(ctx, unit.drafter(), report);

        String paste = "依".repeat(200_000);
        TextArea area = part("1");
        assertThat(area.getMaxLength()).as("the browser must not cut a paste").isZero();
        _setValue(area, paste);

        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).contains("200000").contains("60000");
        Browserless.click("save-parts");

        assertThat(Browserless.notifications()).containsExactly("第 1 部分超过 60000 字的上限，未保存。");
        assertThat(part("1").getValue()).hasSize(200_000);
        assertThat(as(unit.drafter(), () -> reports.view(report))
                        .parts()
                        .get(Part.MEASURES)
                        .text())
                .isEqualTo(before);
    }

    static TextArea part(String code) {
        return _get(TextArea.class, s -> s.withId("part-" + code));
    }
}
