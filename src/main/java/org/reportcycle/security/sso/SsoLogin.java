package org.reportcycle.security.sso;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Adds the OpenID Connect login to the application's (Vaadin's) filter chain: {@code /oauth2/authorization/sso}
 * sends the browser to the identity service, {@code /login/oauth2/code/sso} takes it back; signing out of a single
 * sign-on ends the person's session at the identity service too ({@link #signOut()}). Exists only while single sign-on
 * is on.
 */
public class SsoLogin {

    /** Where the sign-in page's single sign-on button points (relative to the application's root). */
    public static final String START_PATH = "oauth2/authorization/" + SsoRegistrations.ID;

    private final SsoRegistrations registrations;
    private final SsoUserService users;
    private final SsoFailureHandler failures;
    private final boolean signOutAtIdentityService;

    SsoLogin(
            SsoRegistrations registrations,
            SsoUserService users,
            SsoFailureHandler failures,
            boolean signOutAtIdentityService) {
        this.registrations = registrations;
        this.users = users;
        this.failures = failures;
        this.signOutAtIdentityService = signOutAtIdentityService;
    }

    /**
     * What follows signing out, unless {@code reportcycle.sso.sign-out-at-identity-service} is off: a person who
     * signed in through single sign-on is sent to the identity service's end-session endpoint (OpenID Connect
     * RP-initiated logout, with their ID token as the hint), which ends their session there and sends them back to
     * the sign-in page; otherwise the next person at the same computer who chose single sign-on would be signed in as
     * them without a password. A person who signed in with the password form, or an identity service that offers no
     * end-session endpoint, goes to the application's root as before.
     */
    public Optional<LogoutSuccessHandler> signOut() {
        if (!signOutAtIdentityService) {
            return Optional.empty();
        }
        IdentityServiceSignOut handler = new IdentityServiceSignOut(registrations);
        // a sign-out clicked in the UI is a Vaadin request: the browser is sent on by the UI, not by an HTTP redirect
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/");
        return Optional.of(handler);
    }

    /** Tolerates the missing response of a sign-out during a push request, as Vaadin's own handler does. */
    private static final class IdentityServiceSignOut extends OidcClientInitiatedLogoutSuccessHandler {

        IdentityServiceSignOut(ClientRegistrationRepository registrations) {
            super(registrations);
        }

        @Override
        protected void handle(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            if (response == null) {
                getRedirectStrategy().sendRedirect(request, null, determineTargetUrl(request, null, authentication));
            } else {
                super.handle(request, response, authentication);
            }
        }
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
