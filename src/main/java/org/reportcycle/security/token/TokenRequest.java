package org.reportcycle.security.token;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to issue.
 *
 * @param name what the token is for (e.g. the system's name)
 * @param scopes scope codes such as {@code read:reports}
 * @param unitIds units it may reach, each with its sub-tree; empty: everything the owner may reach
 * @param expiresOn the last day the token works
 */
public record TokenRequest(String name, Set<String> scopes, Set<Long> unitIds, LocalDate expiresOn) {

    public TokenRequest {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }
}
