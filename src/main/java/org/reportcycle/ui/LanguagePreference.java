package org.reportcycle.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user's remembered language, so the screens open in it at the next sign-in. Implemented by
 * the feature that owns users; the shell only asks and tells.
 */
public interface LanguagePreference {

    /** The language the signed-in user chose last time, if any. */
    Optional<Locale> stored();

    /** Remembers the signed-in user's choice. */
    void remember(Locale locale);
}
