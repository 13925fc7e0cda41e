package org.reportcycle.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Delegations;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves who is calling, from Spring Security's context, with their memberships. */
@Service
public class CurrentUserService {

    private final OrganizationService organization;
    private final SecurityContextHolderStrategy contexts;
    private final Delegations delegations;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * Reads the caller from this application context's own {@link SecurityContextHolderStrategy} (Vaadin
     * defines one that also knows Vaadin sessions), the one the security filters write to.
     */
    public CurrentUserService(
            OrganizationService organization,
            ObjectProvider<SecurityContextHolderStrategy> contexts,
            Delegations delegations,
            Clock clock,
            ReportCycleSettings settings) {
        this.delegations = delegations;
        this.clock = clock;
        this.zone = settings.zone();
        this.organization = organization;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The name of whoever is signed in on this thread, or "system" for background work. */
    public String callerName() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    /**
     * Runs work as a named user, for system jobs that act for people (the demo dataset). The user's own
     * memberships decide what the services allow.
     */
    public <T> T runAs(String username, Supplier<T> action) {
        Authentication previous = contexts.getContext().getAuthentication();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.USER)));
        contexts.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContext restored = contexts.createEmptyContext();
            restored.setAuthentication(previous);
            contexts.setContext(restored);
        }
    }

    /** The caller; refuses when nobody is signed in. */
    @Transactional(readOnly = true)
    public CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return organization
                .user(auth.getName())
                .filter(AppUser::isActive)
                .map(this::load)
                .map(user -> auth instanceof UnitRestricted restricted ? narrow(user, restricted.unitIds()) : user);
    }

    /**
     * A credential limited to some units (an API token): the person's own roles in those units, read access to
     * them, and no administrator's rights.
     */
    private static CurrentUser narrow(CurrentUser user, Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return user;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        Map<Long, Integer> leaderOrder = new HashMap<>();
        for (Long unitId : unitIds) {
            roles.put(unitId, user.roles().getOrDefault(unitId, Set.of()));
            if (user.leaderOrder().containsKey(unitId)) {
                leaderOrder.put(unitId, user.leaderOrder().get(unitId));
            }
        }
        return new CurrentUser(
                user.id(), user.username(), user.displayName(), false, user.locale(), roles, leaderOrder);
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> byUsername(String username) {
        return organization.user(username).map(this::load);
    }

    private CurrentUser load(AppUser user) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        Map<Long, Integer> leaderOrder = new HashMap<>();
        for (Membership m : organization.membershipsOf(user.getId())) {
            roles.computeIfAbsent(m.getUnitId(), id -> new HashSet<>()).add(m.getRole());
            if (m.getRole() == Role.LEADER) {
                leaderOrder.put(m.getUnitId(), m.getSignOrder());
            }
        }
        // While a delegation (委派) is in force the delegate also holds the delegator's roles in the unit
        for (Delegations.Active d : delegations.actingFor(user.getUsername(), today())) {
            for (Membership m : delegatorMemberships(d)) {
                roles.computeIfAbsent(m.getUnitId(), id -> new HashSet<>()).add(m.getRole());
                if (m.getRole() == Role.LEADER) {
                    leaderOrder.putIfAbsent(m.getUnitId(), m.getSignOrder());
                }
            }
        }
        return new CurrentUser(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.isAdministrator(),
                Locale.forLanguageTag(user.getLocale()),
                roles,
                leaderOrder);
    }

    /**
     * The person whose role the user uses in the unit, when the user does not hold it themselves but a
     * delegation in force gives it to them.
     */
    @Transactional(readOnly = true)
    public Optional<String> delegatorFor(CurrentUser user, Long unitId, Role role) {
        boolean own = organization.membershipsOf(user.id()).stream()
                .anyMatch(m -> m.getUnitId().equals(unitId) && m.getRole() == role);
        if (own) {
            return Optional.empty();
        }
        return delegations.actingFor(user.username(), today()).stream()
                .filter(d -> d.unitId().equals(unitId))
                .filter(d -> delegatorMemberships(d).stream().anyMatch(m -> m.getRole() == role))
                .map(Delegations.Active::delegator)
                .findFirst();
    }

    private List<Membership> delegatorMemberships(Delegations.Active d) {
        return organization
                .user(d.delegator())
                .filter(AppUser::isActive)
                .map(from -> organization.membershipsOf(from.getId()).stream()
                        .filter(m -> m.getUnitId().equals(d.unitId()))
                        .toList())
                .orElse(List.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
