package org.reportcycle.people.ui;

import java.util.Locale;
import java.util.Optional;
import org.reportcycle.people.PeopleService;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.ui.LanguagePreference;
import org.springframework.stereotype.Component;

/** Remembers each user's screen language on their user row, so it applies at their next sign-in. */
@Component
class StoredLanguage implements LanguagePreference {

    private final CurrentUserService users;
    private final PeopleService people;

    StoredLanguage(CurrentUserService users, PeopleService people) {
        this.users = users;
        this.people = people;
    }

    @Override
    public Optional<Locale> stored() {
        return users.find().map(CurrentUser::locale);
    }

    @Override
    public void remember(Locale locale) {
        people.changeOwnLanguage(locale);
    }
}
