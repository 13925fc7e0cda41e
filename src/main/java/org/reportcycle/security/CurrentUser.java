package org.reportcycle.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportcycle.shared.Role;

/**
 * The signed-in person with their roles per unit, loaded fresh for each call so that a change of
 * membership (reassignment) takes effect at once.
 *
 * @param roles the person's roles per unit id
 * @param leaderOrder for each unit where the person is a leader, their place in the sign-off order
 */
public record CurrentUser(
        Long id,
        String username,
        String displayName,
        boolean administrator,
        Locale locale,
        Map<Long, Set<Role>> roles,
        Map<Long, Integer> leaderOrder) {

    public CurrentUser {
        roles = Map.copyOf(roles);
        leaderOrder = Map.copyOf(leaderOrder);
    }

    public boolean hasRole(Long unitId, Role role) {
        return roles.getOrDefault(unitId, Set.of()).contains(role);
    }

    /** Members of a unit and administrators may read the unit's reports. */
    public boolean canRead(Long unitId) {
        return administrator || roles.containsKey(unitId);
    }

    public Set<Long> unitIds() {
        return roles.keySet();
    }
}
