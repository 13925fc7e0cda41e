package org.reportcycle.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new browser tab the session's language; without it Vaadin would follow the browser's
 * Accept-Language, while the office wants Chinese unless the user switched.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(UiLocale.of(e.getUI().getSession())));
    }
}
