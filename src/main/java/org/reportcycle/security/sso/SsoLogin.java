package org.reportcycle.security.sso;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * Adds the OpenID Connect login to the application's (Vaadin's) filter chain: {@code /oauth2/authorization/sso}
 * sends the browser to the identity service, {@code /login/oauth2/code/sso} takes it back. Exists only while single
 * sign-on is on.
 */
public class SsoLogin {

    /** Where the sign-in page's single sign-on button points (relative to the application's root). */
    public static final String START_PATH = "oauth2/authorization/" + SsoRegistrations.ID;

    private final SsoRegistrations registrations;
    private final SsoUserService users;
    private final SsoFailureHandler failures;

    SsoLogin(SsoRegistrations registrations, SsoUserService users, SsoFailureHandler failures) {
        this.registrations = registrations;
        this.users = users;
        this.failures = failures;
    }

    public void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .failureHandler(failures)
                // an identity service that cannot be reached: back to the sign-in page with a message, not an error
                // page
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
    }
}
