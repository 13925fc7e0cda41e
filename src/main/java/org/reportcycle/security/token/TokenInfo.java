package org.reportcycle.security.token;

import java.time.Instant;
import java.util.Set;

/**
 * An API token as listed (never its secret).
 *
 * @param prefix the token's first characters, to tell tokens apart
 * @param kind {@code SYSTEM} or {@code PERSONAL}
 * @param owner the person the token acts as
 * @param unitIds the units it may reach (with their sub-trees); empty: all the owner may reach
 */
public record TokenInfo(
        Long id,
        String name,
        String prefix,
        String kind,
        String owner,
        String issuedBy,
        Set<String> scopes,
        Set<Long> unitIds,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public TokenInfo {
        scopes = Set.copyOf(scopes);
        unitIds = Set.copyOf(unitIds);
    }

    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
