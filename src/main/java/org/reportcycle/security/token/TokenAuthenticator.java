package org.reportcycle.security.token;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.shared.SignInEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks a presented token: one indexed look-up of its SHA-256, no password hash. A refused token (unknown,
 * revoked, expired, or its owner deactivated) is audited as {@code token.refused} under the token's name
 * (or its first characters when unknown) — never the token itself.
 */
@Component
class TokenAuthenticator {

    private final TokenStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TokenAuthenticator(TokenStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The authentication for the token, or empty when it is refused (and the refusal audited). */
    Optional<TokenAuthentication> authenticate(String token) {
        Instant now = Instant.now(clock);
        Optional<TokenStore.Found> found = token.length() > 200 ? Optional.empty() : store.byHash(TokenHash.of(token));
        if (found.isEmpty()) {
            return refuse("token:" + safePrefix(token), "unknown", null);
        }
        TokenInfo t = found.get().token();
        if (t.revokedAt() != null) {
            return refuse(t.owner(), "revoked", t);
        }
        if (!t.expiresAt().isAfter(now)) {
            return refuse(t.owner(), "expired", t);
        }
        if (!found.get().ownerActive()) {
            return refuse(t.owner(), "ownerInactive", t);
        }
        store.used(t, now);
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        t.scopes().forEach(code -> TokenScope.ofCode(code).ifPresent(scopes::add));
        return Optional.of(
                new TokenAuthentication(t.id(), t.owner(), found.get().administrator(), scopes, t.unitIds()));
    }

    private Optional<TokenAuthentication> refuse(String who, String reason, TokenInfo t) {
        String detail = t == null ? reason : reason + " token=" + t.id() + " " + t.name();
        events.publishEvent(new SignInEvent(who, "token.refused", detail));
        return Optional.empty();
    }

    /** The token's visible prefix when it looks like one of ours, else nothing of what was sent. */
    private static String safePrefix(String token) {
        if (token.startsWith("rct_") && token.length() >= TokenHash.PREFIX_LENGTH) {
            return token.substring(0, TokenHash.PREFIX_LENGTH).replaceAll("[^A-Za-z0-9_-]", "?");
        }
        return "?";
    }
}
