package org.reportcycle.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.shared.Role;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

    /**
     * Reads the caller from this application context's own {@link SecurityContextHolderStrategy} (Vaadin
     * defines one that also knows Vaadin sessions), the one the security filters write to.
     */
    public CurrentUserService(OrganizationService organization,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
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
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.USER)));
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
        return organization.user(auth.getName()).filter(AppUser::isActive).map(this::load);
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
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.isAdministrator(),
                Locale.forLanguageTag(user.getLocale()), roles, leaderOrder);
    }
}
