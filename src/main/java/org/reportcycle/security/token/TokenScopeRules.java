package org.reportcycle.security.token;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.AccessRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * What a token's scopes allow on a path: on {@code /api/v1} reading (GET, HEAD) needs {@code read:reports},
 * every change {@code write:steps}, and the token screens' API ({@code /api/v1/tokens}) takes no token at
 * all (a token cannot make tokens); on the actuator an administrator's token needs {@code read:metrics}.
 * A person's HTTP Basic login is not narrowed here. A refusal (403) is audited as {@code access.refused}.
 */
@Component
public class TokenScopeRules {

    private final ApplicationEventPublisher events;

    TokenScopeRules(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Any authenticated caller; a token within its scopes. */
    public AuthorizationManager<RequestAuthorizationContext> api() {
        return (auth, context) -> decide(auth, context.getRequest(), false);
    }

    /** Administrators; an administrator's token with {@code read:metrics}. */
    public AuthorizationManager<RequestAuthorizationContext> actuator() {
        return (auth, context) -> decide(auth, context.getRequest(), true);
    }

    private AuthorizationResult decide(
            Supplier<? extends Authentication> supplier, HttpServletRequest request, boolean actuator) {
        Authentication auth = supplier.get();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        boolean admin = auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
        if (!(auth instanceof TokenAuthentication token)) {
            return new AuthorizationDecision(!actuator || admin);
        }
        TokenScope needed = actuator ? TokenScope.READ_METRICS : needed(request);
        boolean granted = needed != null && token.has(needed) && (!actuator || admin);
        if (!granted) {
            events.publishEvent(new AccessRefused(
                    auth.getName(),
                    "token " + token.tokenId() + " scope " + (needed == null ? "none" : needed.code()),
                    null,
                    null));
        }
        return new AuthorizationDecision(granted);
    }

    private static TokenScope needed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/v1/tokens") || path.startsWith("/api/v1/admin/tokens")) {
            return null;
        }
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) ? TokenScope.READ_REPORTS : TokenScope.WRITE_STEPS;
    }
}
