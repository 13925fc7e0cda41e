package org.reportcycle.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lets Vaadin's {@code getTranslation} read the same message bundles as the services (i18n/messages and
 * i18n/ui), so an error key thrown by a service and a screen label resolve in one place.
 */
@Component
class MessageSourceI18nProvider implements I18NProvider {

    private final MessageSource messages;

    MessageSourceI18nProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLocale.SUPPORTED;
    }

    @Override
    public Locale getDefaultLocale() {
        return UiLocale.DEFAULT;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = messages.getMessage(key, params, null, locale == null ? UiLocale.DEFAULT : locale);
        // Vaadin's own marker for a missing key, so a forgotten label is visible on screen and in tests
        return text == null ? "!{" + key + "}!" : text;
    }
}
