package org.reportcycle.security;

import org.reportcycle.security.sso.SsoUser;
import org.reportcycle.shared.SignInEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into audit events. Successful HTTP Basic calls are not
 * sign-ins (each API call authenticates), so only interactive sign-ins are recorded. Failures are recorded
 * by {@link LoginThrottle}, aggregated per name, address and minute.
 */
@Component
class SignInAuditor {

    private final ApplicationEventPublisher events;

    SignInAuditor(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent e) {
        // a single sign-on says so, and which identity service vouched for the person
        String how = e.getAuthentication().getPrincipal() instanceof SsoUser sso ? "SSO " + sso.issuer() : null;
        events.publishEvent(new SignInEvent(e.getAuthentication().getName(), "auth.login", how));
    }

    @EventListener
    void on(LogoutSuccessEvent e) {
        events.publishEvent(new SignInEvent(e.getAuthentication().getName(), "auth.logout", null));
    }
}
