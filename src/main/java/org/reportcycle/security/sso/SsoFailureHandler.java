package org.reportcycle.security.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reportcycle.shared.SignInEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A single sign-on that did not end in a sign-in: audited as {@code auth.loginFailed} (under the claimed login name
 * when the identity service named one) and the person sent back to the sign-in page, which says why:
 * {@code ?sso=unknown}, {@code ?sso=disabled}, or {@code ?sso=failed} (the identity service could not be reached,
 * refused, or the person cancelled).
 */
class SsoFailureHandler implements AuthenticationFailureHandler {

    private final ApplicationEventPublisher events;
    private final String issuer;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SsoFailureHandler(ApplicationEventPublisher events, String issuer) {
        this.events = events;
        this.issuer = issuer;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String outcome;
        String who = "-";
        if (exception instanceof SsoRefusedException refused) {
            outcome = SsoRefusedException.DISABLED.equals(refused.getError().getErrorCode()) ? "disabled" : "unknown";
            who = refused.claimed().isEmpty() ? "-" : refused.claimed();
        } else {
            outcome = "failed";
        }
        events.publishEvent(new SignInEvent(who, "auth.loginFailed", "SSO " + issuer + ": " + reason(exception)));
        redirect.sendRedirect(request, response, "/login?sso=" + outcome);
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String description = oauth.getError().getDescription();
            String reason = oauth.getError().getErrorCode() + (description == null ? "" : " (" + description + ")");
            // the identity service's words are kept, not its essays
            return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
        }
        return exception.getClass().getSimpleName();
    }
}
