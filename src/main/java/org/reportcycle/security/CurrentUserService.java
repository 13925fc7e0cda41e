package org.reportcycle.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.shared.Role;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves who is calling, from Spring Security's context, with their memberships. */
@Service
public class CurrentUserService {

    private final OrganizationService organization;

    public CurrentUserService(OrganizationService organization) {
        this.organization = organization;
    }

    /** The caller; refuses when nobody is signed in. */
    @Transactional(readOnly = true)
    public CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
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
