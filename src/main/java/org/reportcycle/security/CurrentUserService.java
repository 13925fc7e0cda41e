package org.reportcycle.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reportcycle.organization.KeptReads;
import org.reportcycle.organization.PersonAccess;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;
import org.reportcycle.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Resolves who is calling, from Spring Security's context, with their memberships. */
@Service
public class CurrentUserService {

    private final PersonAccess access;
    private final KeptReads callers;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * Reads the caller from this application context's own {@link SecurityContextHolderStrategy} (Vaadin
     * defines one that also knows Vaadin sessions), the one the security filters write to.
     */
    public CurrentUserService(
            PersonAccess access,
            KeptReads callers,
            ObjectProvider<SecurityContextHolderStrategy> contexts,
            Clock clock,
            ReportCycleSettings settings) {
        this.access = access;
        this.callers = callers;
        this.clock = clock;
        this.zone = settings.zone();
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
    public CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    /**
     * The caller, or empty when nobody (or an inactive person) is signed in: one statement, no transaction of
     * its own ({@link PersonAccess}), and not even that when the person was read in the last seconds
     * ({@link KeptReads}: a change of a person, membership, delegation or unit on this node drops what it keeps).
     * Kept once per web request for the same credential: a screen's click calls many services, each of which asks
     * who is calling (a workspace open asked 29 times). Any audited change made during the request
     * ({@link #forgetCaller}) drops what was read, so a change of membership, delegation or role counts at once.
     */
    public Optional<CurrentUser> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(CALLER_KEY, RequestAttributes.SCOPE_REQUEST) instanceof ReadCaller read
                && read.credential() == auth) {
            return read.caller();
        }
        LocalDate today = today();
        Optional<CurrentUser> caller = callers.<Optional<CurrentUser>>get(
                        new Caller(auth.getName(), today),
                        () -> access.of(auth.getName(), today)
                                .filter(a -> a.person().active())
                                .map(CurrentUserService::load))
                .map(user -> auth instanceof UnitRestricted restricted ? narrow(user, restricted.unitIds()) : user);
        if (request != null) {
            request.setAttribute(CALLER_KEY, new ReadCaller(auth, caller), RequestAttributes.SCOPE_REQUEST);
        }
        return caller;
    }

    /** A person as resolved on a day (delegations are in force by day), as {@link KeptReads} keeps them. */
    private record Caller(String username, LocalDate day) {}

    private static final String CALLER_KEY = CurrentUserService.class.getName() + ".caller";

    /** The caller as read for a credential (compared by identity: another sign-in is another credential). */
    private record ReadCaller(Authentication credential, Optional<CurrentUser> caller) {}

    /**
     * Every state change is audited: one made during a web request (a membership, a delegation, a role, a person
     * deactivated, …) drops the caller read for the request, so the rest of the request sees it.
     */
    @EventListener({AuditEvent.class, AuditEvents.class})
    void forgetCaller() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CALLER_KEY, RequestAttributes.SCOPE_REQUEST);
        }
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
        Map<Long, Map<Role, String>> givenBy = new HashMap<>();
        for (Long unitId : unitIds) {
            roles.put(unitId, user.roles().getOrDefault(unitId, Set.of()));
            if (user.leaderOrder().containsKey(unitId)) {
                leaderOrder.put(unitId, user.leaderOrder().get(unitId));
            }
            if (user.givenBy().containsKey(unitId)) {
                givenBy.put(unitId, user.givenBy().get(unitId));
            }
        }
        return new CurrentUser(
                user.id(),
                user.username(),
                user.displayName(),
                false,
                user.locale(),
                roles,
                leaderOrder,
                user.delegators(),
                givenBy);
    }

    public Optional<CurrentUser> byUsername(String username) {
        return access.of(username, today()).map(CurrentUserService::load);
    }

    private static CurrentUser load(PersonAccess.Access access) {
        PersonAccess.Person user = access.person();
        Map<Long, Set<Role>> roles = new HashMap<>();
        Map<Long, Integer> leaderOrder = new HashMap<>();
        List<String> delegators = new ArrayList<>();
        Map<Long, Map<Role, String>> givenBy = new HashMap<>();
        // Own memberships come first; while a delegation (委派) is in force the delegate also holds the
        // delegator's roles in the unit (the first delegation to give a role names whose it is)
        for (PersonAccess.Grant g : access.grants()) {
            if (g.delegator() != null && !delegators.contains(g.delegator())) {
                delegators.add(g.delegator());
            }
            if (g.role() == null) {
                continue;
            }
            boolean added =
                    roles.computeIfAbsent(g.unitId(), id -> new HashSet<>()).add(g.role());
            if (g.delegator() != null && added) {
                givenBy.computeIfAbsent(g.unitId(), id -> new EnumMap<>(Role.class))
                        .put(g.role(), g.delegator());
            }
            if (g.role() == Role.LEADER) {
                leaderOrder.putIfAbsent(g.unitId(), g.signOrder());
            }
        }
        return new CurrentUser(
                user.id(),
                user.username(),
                user.displayName(),
                user.administrator(),
                Locale.forLanguageTag(user.locale()),
                roles,
                leaderOrder,
                delegators,
                givenBy);
    }

    /**
     * The person whose role the user uses in the unit, when the user does not hold it themselves but a
     * delegation in force gives it to them (as resolved with the user, in the same request).
     */
    public Optional<String> delegatorFor(CurrentUser user, Long unitId, Role role) {
        return user.delegatorFor(unitId, role);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
