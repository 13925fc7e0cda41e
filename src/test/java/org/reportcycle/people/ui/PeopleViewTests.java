package org.reportcycle.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.people.PeopleImport;
import org.reportcycle.security.LoginThrottle;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@UiSpringTest
class PeopleViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    UnitRepository units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_creates_a_unit_and_the_change_is_audited() {
        String code = "pv" + System.nanoTime() % 1_000_000;
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/people");

        Browserless.click("new-unit");
        _setValue(_get(TextField.class, s -> s.withId("unit-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "新建街道");
        Browserless.confirmDialog();

        Unit unit = units.findByCode(code).orElseThrow();
        assertThat(_findAll(_get(Grid.class, s -> s.withId("units")))).contains(unit);
        assertThat(jdbc.queryForList("SELECT action FROM rc_audit WHERE unit_id = ?", String.class, unit.getId()))
                .containsExactly("unit.created");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_import_shows_each_rows_problem_before_anything_is_stored_and_a_clean_file_is_imported() {
        String code = "pi" + System.nanoTime() % 1_000_000;
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/people");
        PeopleView view = _get(PeopleView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2);

        view.preview(
                "units.csv",
                ("code,name,level,parent_code\n" + code + ",导入街道,HAMLET,\n").getBytes(StandardCharsets.UTF_8));
        Grid<PeopleImport.Problem> problems = _get(Grid.class, s -> s.withId("import-problems"));
        assertThat(_getFormatted(problems, 0, "problem")).contains("HAMLET");
        assertThat(_get(Button.class, s -> s.withId("apply-import")).isEnabled())
                .isFalse();
        assertThat(units.findByCode(code)).isEmpty();

        view.preview(
                "units.csv",
                ("code,name,level,parent_code\n" + code + ",导入街道,STREET,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Span.class, s -> s.withId("import-result")).getText()).contains("1");
        Browserless.click("apply-import");
        assertThat(units.findByCode(code)).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_sees_a_locked_out_person_and_lets_them_in_again() {
        String drafter = data.unit("锁定街道").drafter();
        for (int i = 0; i < throttle.maxFailures(); i++) {
            throttle.failed(drafter, "192.0.2.1", "BadCredentialsException");
        }
        assertThat(throttle.lockedUntil(drafter)).isPresent();
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/people");
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        Grid<AppUser> users = _get(Grid.class, s -> s.withId("users"));
        _setValue(_get(TextField.class, s -> s.withId("user-filter")), drafter);
        assertThat(_findAll(users)).extracting(AppUser::getUsername).containsExactly(drafter);
        assertThat(_getFormatted(users, 0, "locked")).startsWith("锁定至");

        users.select(_findAll(users).getFirst());
        Browserless.click("unlock-user");

        assertThat(throttle.lockedUntil(drafter)).isEmpty();
        assertThat(Browserless.notifications()).contains(drafter + " 的登录锁定已解除");
        assertThat(_getFormatted(users, 0, "locked")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE action = 'auth.unlocked' AND details LIKE ?",
                        Integer.class,
                        "%" + drafter + "%"))
                .isEqualTo(1);
    }

    @Test
    void people_who_are_not_administrators_cannot_open_the_screen() {
        Browserless.start(ctx, data.unit("人员街道").drafter(), false);

        assertThatThrownBy(() -> Browserless.navigate("admin/people")).isInstanceOf(MockAccessDeniedException.class);
    }
}
