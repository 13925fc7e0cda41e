package org.reportcycle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sets up every session and browser tab: the tab takes the session's language (without this Vaadin would
 * follow the browser's Accept-Language, while the office wants Chinese unless the user switched), and a
 * refusal that a screen did not catch still reaches the user as a notification rather than a stack trace.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final ObjectProvider<LanguagePreference> preference;

    UiInitializer(ObjectProvider<LanguagePreference> preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        e -> e.getUI().setLocale(UiLocale.of(e.getUI().getSession(), preference.getIfAvailable())));
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiInitializer::onError));
    }

    private static void onError(ErrorEvent event) {
        if (UI.getCurrent() == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        Notices.error(event.getThrowable());
    }
}
