package org.reportcycle.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class MainLayoutTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_drafter_sees_inbox_reports_and_the_public_portal_but_not_administration() {
        TestUnit unit = data.unit("光明街道");
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");

        assertThat(navLabels()).containsExactly("我的待办", "我的已办", "报告", "公开门户");
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo("光明街道起草人");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void an_administrator_also_sees_administration() {
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("inbox");

        assertThat(navLabels()).containsExactly("我的待办", "我的已办", "报告", "管理", "审计日志", "公开门户");
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_to_english_shows_english_labels_and_stays_english_on_other_screens() {
        TestUnit unit = data.unit("朝阳街道");
        data.openReport(2026, unit);
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");

        _setValue(_get(Select.class, s -> s.withId("language")), Locale.ENGLISH);

        assertThat(navLabels()).containsExactly("My tasks", "Completed tasks", "Reports", "Public portal");
        assertThat(_get(H2.class).getText()).isEqualTo("My tasks");
        assertThat(_getFormatted(_get(Grid.class), 0, "step")).isEqualTo("Drafting");
        assertThat(_get(Grid.class).getColumnByKey("due").getHeaderText()).isEqualTo("Due");

        Browserless.navigate("reports");
        assertThat(_get(H2.class).getText()).isEqualTo("Reports");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_persons_menu_under_their_name_leads_to_delegation_standard_opinions_and_the_other_language() {
        TestUnit unit = data.unit("望京街道");
        Browserless.start(ctx, unit.leader(1), false);
        Browserless.navigate("inbox");

        MenuBar menu = _get(MenuBar.class, s -> s.withId("user-menu"));
        MenuItem root = menu.getItems().getFirst();
        assertThat(root.getSubMenu().getItems())
                .extracting(MenuItem::getText)
                .containsExactly(unit.leaderName(1), "委派", "常用意见", "通知设置", "修改密码", "English", "退出");

        _clickItemWithID(menu, "menu-delegations");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("delegations");
        _clickItemWithID(_get(MenuBar.class, s -> s.withId("user-menu")), "menu-opinions");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("opinions");
        _clickItemWithID(_get(MenuBar.class, s -> s.withId("user-menu")), "menu-language-en");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void on_a_phone_the_long_title_and_the_language_switch_give_way_so_the_top_bar_stays_one_line() {
        Browserless.start(ctx, data.unit("酒仙桥街道").drafter(), false);
        Browserless.navigate("inbox");

        assertThat(_get(Span.class, s -> s.withId("app-title")).getClassNames()).contains(ShellStyles.WIDE_ONLY);
        Span shortTitle = _get(Span.class, s -> s.withId("app-title-short"));
        assertThat(shortTitle.getText()).isEqualTo("法治报告");
        assertThat(shortTitle.getClassNames()).contains(ShellStyles.NARROW_ONLY);
        assertThat(_get(Select.class, s -> s.withId("language")).getClassNames())
                .contains(ShellStyles.WIDE_ONLY);
        assertThat(_get(Span.class, s -> s.withId("current-user")).getClassNames())
                .contains(ShellStyles.WIDE_ONLY);
    }

    private static List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
