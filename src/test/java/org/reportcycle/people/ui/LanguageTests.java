package org.reportcycle.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.reportcycle.ui.UiFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The screen language is remembered per user and applied when they sign in; dates follow it. */
@UiSpringTest
class LanguageTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    UserRepository users;

    @Autowired
    UiFormats formats;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_user_who_chose_english_gets_english_screens_and_dates_at_sign_in() {
        TestUnit unit = data.unit("英文街道");
        AppUser user = users.findByUsername(unit.drafter()).orElseThrow();
        user.changeLocale("en");
        users.save(user);

        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(H2.class).getText()).isEqualTo("My tasks");
        assertThat(formats.date(LocalDate.of(2027, 3, 1))).isEqualTo("Mar 1, 2027");
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_the_language_remembers_it_for_the_next_sign_in() {
        TestUnit unit = data.unit("切换街道");
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("inbox");
        assertThat(formats.date(LocalDate.of(2027, 3, 1))).isEqualTo("2027年3月1日");

        _setValue(_get(Select.class, s -> s.withId("language")), Locale.ENGLISH);

        assertThat(users.findByUsername(unit.drafter()).orElseThrow().getLocale())
                .isEqualTo("en");
        assertThat(jdbc.queryForList("SELECT action FROM rc_audit WHERE actor = ?", String.class, unit.drafter()))
                .contains("user.languageChanged");
        Browserless.stop();
        Browserless.start(ctx, unit.drafter(), false);
        Browserless.navigate("reports");
        assertThat(_get(H2.class).getText()).isEqualTo("Reports");
    }
}
