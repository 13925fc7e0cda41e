package org.reportcycle.opinion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.opinion.CannedOpinionService;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Standard opinions (常用意见): each person's own list, offered in the review and sign-off dialogs. */
@UiSpringTest
class CannedOpinionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    CannedOpinionService opinions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void each_person_keeps_their_own_list_and_starts_with_the_defaults() {
        TestUnit unit = data.unit("意见街道");
        assertThat(as(unit.legal(), () -> opinions.mine())).contains("同意", "请按意见修改");
        as(unit.legal(), () -> opinions.save(List.of(" 经审查，未发现合法性问题 ", "", "请补充法律依据", "请补充法律依据")));
        assertThat(as(unit.legal(), () -> opinions.mine())).containsExactly("经审查，未发现合法性问题", "请补充法律依据");
        assertThat(as(unit.leader(1), () -> opinions.mine())).isEqualTo(CannedOpinionService.DEFAULTS);
        as(unit.leader(1), () -> opinions.save(List.of()));
        assertThat(as(unit.leader(1), () -> opinions.mine()))
                .as("an emptied list stays empty")
                .isEmpty();
        assertThatThrownBy(() -> as(unit.legal(), () -> opinions.save(List.of("很".repeat(501)))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.opinionTooLong");
        assertThat(as(unit.legal(), () -> opinions.mine())).hasSize(2);
    }

    @Test
    void the_review_dialog_offers_the_advisors_opinions_and_a_choice_fills_the_field() {
        TestUnit unit = data.unit("选用街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        as(unit.legal(), () -> opinions.save(List.of("经审查，未发现合法性问题", "请补充法律依据")));
        Browserless.openReport(ctx, unit.legal(), report);

        Browserless.click("action-pass");
        MenuBar menu = _get(Browserless.openDialog(), MenuBar.class, spec -> spec.withId("canned-opinions"));
        ContextMenuKt._clickItemWithCaption(menu, "请补充法律依据");
        TextArea opinion = _get(Browserless.openDialog(), TextArea.class);
        assertThat(opinion.getValue()).isEqualTo("请补充法律依据");
        _setValue(opinion, "经审查，未发现合法性问题");
        Browserless.confirmDialog();
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'review.passed'",
                        String.class,
                        report))
                .contains("经审查，未发现合法性问题");
    }

    @Test
    void people_edit_their_list_on_their_own_screen() {
        TestUnit unit = data.unit("编辑街道");
        Browserless.start(ctx, unit.leader(1), false);
        Browserless.navigate("opinions");
        TextArea lines = _get(TextArea.class, spec -> spec.withId("opinion-lines"));
        assertThat(lines.getValue()).startsWith("同意\n");
        _setValue(lines, "同意\n请按意见修改后再报\n");
        Browserless.click("opinion-save");
        assertThat(as(unit.leader(1), () -> opinions.mine())).containsExactly("同意", "请按意见修改后再报");
    }
}
