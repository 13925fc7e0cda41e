package org.reportcycle.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.shared.Role;

/**
 * The signed-in person with their roles per unit, loaded fresh for each call so that a change of
 * membership (reassignment) takes effect at once.
 *
 * @param roles the person's roles per unit id, their own and those a delegation in force gives them
 * @param leaderOrder for each unit where the person is a leader, their place in the sign-off order
 * @param delegators everyone the person acts for under a delegation in force, in the order the delegations
 *     were made (tasks handed to any of them are the person's too)
 * @param givenBy for a role the person holds in a unit only through a delegation, whose role it is
 */
public record CurrentUser(
        Long id,
        String username,
        String displayName,
        boolean administrator,
        Locale locale,
        Map<Long, Set<Role>> roles,
        Map<Long, Integer> leaderOrder,
        List<String> delegators,
        Map<Long, Map<Role, String>> givenBy) {

    public CurrentUser {
        roles = Map.copyOf(roles);
        leaderOrder = Map.copyOf(leaderOrder);
        delegators = List.copyOf(delegators);
        givenBy = Map.copyOf(givenBy);
    }

    /** A person acting only in their own roles. */
    public CurrentUser(
            Long id,
            String username,
            String displayName,
            boolean administrator,
            Locale locale,
            Map<Long, Set<Role>> roles,
            Map<Long, Integer> leaderOrder) {
        this(id, username, displayName, administrator, locale, roles, leaderOrder, List.of(), Map.of());
    }

    /** Whose role the person uses in the unit, when a delegation in force gives it to them and they lack it. */
    public Optional<String> delegatorFor(Long unitId, Role role) {
        return Optional.ofNullable(givenBy.getOrDefault(unitId, Map.of()).get(role));
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
