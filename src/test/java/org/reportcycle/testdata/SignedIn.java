package org.reportcycle.testdata;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs a user in for a test. Each cached Spring test context has its own security-context strategy
 * (Vaadin's, with its own thread-local) and the static holder points at the last one created, so the
 * authentication is set on every strategy the test contexts have registered.
 */
public final class SignedIn {

    private static final Set<SecurityContextHolderStrategy> STRATEGIES = new CopyOnWriteArraySet<>();

    private SignedIn() {}

    static void register(SecurityContextHolderStrategy strategy) {
        STRATEGIES.add(strategy);
    }

    /** Sets the authentication (null signs out) and returns what was there before. */
    public static Authentication set(Authentication authentication) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        for (SecurityContextHolderStrategy strategy : all()) {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(authentication);
            strategy.setContext(context);
        }
        return previous;
    }

    public static void clear() {
        all().forEach(SecurityContextHolderStrategy::clearContext);
    }

    private static List<SecurityContextHolderStrategy> all() {
        List<SecurityContextHolderStrategy> all = new java.util.ArrayList<>(STRATEGIES);
        all.add(SecurityContextHolder.getContextHolderStrategy());
        return all;
    }
}
