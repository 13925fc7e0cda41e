package org.reportcycle.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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

        assertThat(navLabels()).containsExactly("我的待办", "报告", "公开门户");
        assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo("光明街道起草人");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void an_administrator_also_sees_administration() {
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("inbox");

        assertThat(navLabels()).containsExactly("我的待办", "报告", "管理", "审计日志", "公开门户");
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_to_english_shows_english_labels_and_stays_english_on_other_screens() {
        TestUnit unit = data.unit("朝阳街道");
        data.openReport(2026, unit);
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");

        _setValue(_get(Select.class, s -> s.withId("language")), Locale.ENGLISH);

        assertThat(navLabels()).containsExactly("My tasks", "Reports", "Public portal");
        assertThat(_get(H2.class).getText()).isEqualTo("My tasks");
        assertThat(_getFormatted(_get(Grid.class), 0, "step")).isEqualTo("Drafting");
        assertThat(_get(Grid.class).getColumnByKey("due").getHeaderText()).isEqualTo("Due");

        Browserless.navigate("reports");
        assertThat(_get(H2.class).getText()).isEqualTo("Reports");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    private static List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
