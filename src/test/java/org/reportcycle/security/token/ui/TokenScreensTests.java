package org.reportcycle.security.token.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.security.token.TokenInfo;
import org.reportcycle.security.token.TokenScope;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The token screens: a person issues a personal token (shown once), then revokes it; administrators issue system tokens. */
@UiSpringTest
class TokenScreensTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_person_issues_a_token_sees_it_once_and_revokes_it() {
        TestUnit unit = data.unit("令牌界面街道");
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("tokens");
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "我的脚本");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("token-scopes")), Set.of(TokenScope.READ_REPORTS));
        Browserless.click("token-issue");
        String secret =
                _get(TextField.class, spec -> spec.withId("token-secret")).getValue();
        assertThat(secret).startsWith("rct_");
        Long id = jdbc.queryForObject(
                "SELECT id FROM rc_api_token WHERE owner_username = ? AND kind = 'PERSONAL'",
                Long.class,
                unit.drafter());
        assertThat(jdbc.queryForObject("SELECT prefix FROM rc_api_token WHERE id = ?", String.class, id))
                .isEqualTo(secret.substring(0, 8));
        Browserless.click("token-close");
        Grid<TokenInfo> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        assertThat(GridKt._size(grid)).isOne();
        ButtonKt._click((Button) GridKt._getCellComponent(grid, 0, "state"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_api_token WHERE id = ? AND revoked_at IS NOT NULL", Integer.class, id))
                .isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_issues_a_system_token() {
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/tokens");
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "省平台");
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withId("token-scopes")),
                Set.of(TokenScope.READ_PUBLIC, TokenScope.READ_REPORTS));
        Browserless.click("token-issue");
        assertThat(_get(TextField.class, spec -> spec.withId("token-secret")).getValue())
                .startsWith("rct_");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_api_token WHERE name = '省平台' AND kind = 'SYSTEM'", Integer.class))
                .isOne();
    }
}
