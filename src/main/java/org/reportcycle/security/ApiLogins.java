package org.reportcycle.security;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The HTTP Basic logins of the API and actuator chains: the throttled password check behind {@link
 * VerifiedPasswords}, with Spring's failure events (so failures are audited and counted as before).
 */
@Component
class ApiLogins {

    private final ProviderManager manager;

    ApiLogins(
            ThrottledAuthenticationProvider passwords,
            UserDetailsService users,
            LoginThrottle throttle,
            AuthenticationEventPublisher events,
            Clock clock) {
        this.manager = new ProviderManager(new VerifiedPasswords(passwords, users, throttle, clock));
        this.manager.setAuthenticationEventPublisher(events);
    }

    AuthenticationManager manager() {
        return manager;
    }
}
