package org.reportcycle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the screens: Chinese unless the user chose English. The choice lives in the Vaadin
 * session, so it holds for every tab of the same login and is forgotten at logout.
 */
public final class UiLocale {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

    private static final String SESSION_KEY = UiLocale.class.getName();

    private UiLocale() {}

    /** The session's chosen language, or Chinese. */
    public static Locale of(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : DEFAULT;
    }

    /**
     * The session's chosen language; when none was chosen in this session, the signed-in user's remembered
     * one (which the session then keeps), else Chinese.
     */
    static Locale of(VaadinSession session, LanguagePreference preference) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Optional<Locale> stored = preference == null
                ? Optional.empty()
                : preference
                        .stored()
                        .flatMap(l -> SUPPORTED.stream()
                                .filter(s -> s.getLanguage().equals(l.getLanguage()))
                                .findFirst());
        stored.ifPresent(l -> session.setAttribute(SESSION_KEY, l));
        return stored.orElse(DEFAULT);
    }

    /** Switches the session to a language and rebuilds the current screen so every label follows. */
    static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }

    /** The label of a language in its own script, the same whatever the current language. */
    static String nativeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "English" : "中文";
    }
}
