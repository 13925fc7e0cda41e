package org.reportcycle.people;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.Locale;
import java.util.Objects;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Names;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.PasswordPolicy;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units, users and memberships as the administrator changes them. Administrators only; every change is
 * published as an {@link AuditEvent} in its transaction. Nothing is deleted but memberships: units and
 * users are deactivated, so their history stays readable.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public PeopleService(
            UnitRepository units,
            UserRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.guard = guard;
        this.events = events;
    }

    @Transactional
    public Unit createUnit(String code, String name, UnitLevel level, Long parentId) {
        guard.requireAdministrator();
        String c = Limits.atMost(Names.normalise(PeopleRules.required(code, "people.code")), Limits.USERNAME, "code");
        if (units.findByCode(c).isPresent()) {
            throw new ConflictException("error.codeTaken", c);
        }
        Long parent = parent(parentId);
        Unit unit = units.save(
                new Unit(c, PeopleRules.unitName(units, name, parent, null), PeopleRules.requiredLevel(level), parent));
        events.publishEvent(new AuditEvent(
                "unit.created",
                unit.getId(),
                null,
                details("code", c, "name", unit.getName(), "level", level.name(), "parentId", parentId)));
        return unit;
    }

    @Transactional
    public Unit updateUnit(Long unitId, String name, UnitLevel level, Long parentId) {
        guard.requireAdministrator();
        Unit unit = unit(unitId);
        Long parent = parent(parentId);
        for (Long p = parent; p != null; p = unit(p).getParentId()) {
            if (p.equals(unitId)) {
                throw new UserFacingException("error.parentCycle");
            }
        }
        unit.place(PeopleRules.unitName(units, name, parent, unitId), PeopleRules.requiredLevel(level), parent);
        events.publishEvent(new AuditEvent(
                "unit.updated",
                unitId,
                null,
                details("code", unit.getCode(), "name", unit.getName(), "level", level.name(), "parentId", parent)));
        return unit;
    }

    /** Changes a unit and its formal name in one transaction (the people screen's unit dialog). */
    @Transactional
    public Unit updateUnit(Long unitId, String name, UnitLevel level, Long parentId, String formalName) {
        Unit unit = updateUnit(unitId, name, level, parentId);
        String wanted = formalName == null || formalName.isBlank() ? unit.getName() : formalName.strip();
        return wanted.equals(unit.getFormalName()) ? unit : setFormalName(unitId, formalName);
    }

    /** Sets the unit's formal name, published as 发布机构 (blank: the unit's name); administrators, audited. */
    @Transactional
    public Unit setFormalName(Long unitId, String formalName) {
        guard.requireAdministrator();
        Unit unit = unit(unitId);
        String name = formalName == null || formalName.isBlank()
                ? null
                : Limits.atMost(Names.normalise(formalName), Limits.UNIT_NAME, "formalName");
        unit.setFormalName(name);
        events.publishEvent(new AuditEvent(
                "unit.formalNameSet", unitId, null, details("code", unit.getCode(), "formalName", name)));
        return unit;
    }

    @Transactional
    public void setUnitActive(Long unitId, boolean active) {
        guard.requireAdministrator();
        Unit unit = unit(unitId);
        unit.setActive(active);
        events.publishEvent(new AuditEvent(
                active ? "unit.activated" : "unit.deactivated", unitId, null, details("code", unit.getCode())));
    }

    @Transactional
    public AppUser createUser(
            String username, String displayName, String email, boolean administrator, String password) {
        guard.requireAdministrator();
        String u = Limits.atMost(
                Names.normalise(PeopleRules.required(username, "people.username")), Limits.USERNAME, "username");
        if (users.findByUsername(u).isPresent() || users.existsByUsernameIgnoreCase(u)) {
            throw new ConflictException("error.usernameTaken", u);
        }
        AppUser user = users.save(new AppUser(
                u,
                PeopleRules.displayName(displayName),
                passwords.encode(PasswordPolicy.require(u, PeopleRules.required(password, "people.password"))),
                Limits.atMost(PeopleRules.blankToNull(email), 200, "email"),
                administrator));
        events.publishEvent(new AuditEvent(
                "user.created",
                null,
                null,
                details(
                        "username",
                        u,
                        "displayName",
                        user.getDisplayName(),
                        "email",
                        user.getEmail(),
                        "administrator",
                        administrator)));
        return user;
    }

    @Transactional
    public AppUser updateUser(Long userId, String displayName, String email, boolean administrator) {
        CurrentUser admin = guard.requireAdministrator();
        AppUser user = user(userId);
        if (!administrator && user.getUsername().equals(admin.username())) {
            // the last way back into these screens must not be closed by accident
            throw new UserFacingException("error.accessDenied");
        }
        user.update(
                PeopleRules.displayName(displayName),
                Limits.atMost(PeopleRules.blankToNull(email), 200, "email"),
                administrator);
        events.publishEvent(new AuditEvent(
                "user.updated",
                null,
                null,
                details(
                        "username",
                        user.getUsername(),
                        "displayName",
                        user.getDisplayName(),
                        "email",
                        user.getEmail(),
                        "administrator",
                        administrator)));
        return user;
    }

    @Transactional
    public void setUserActive(Long userId, boolean active) {
        CurrentUser admin = guard.requireAdministrator();
        AppUser user = user(userId);
        if (!active && user.getUsername().equals(admin.username())) {
            throw new UserFacingException("error.accessDenied");
        }
        user.setActive(active);
        events.publishEvent(new AuditEvent(
                active ? "user.activated" : "user.deactivated", null, null, details("username", user.getUsername())));
    }

    /** Sets a new password (the policy applies); by default the person must change it at their next sign-in. */
    @Transactional
    public void resetPassword(Long userId, String password) {
        resetPassword(userId, password, true);
    }

    @Transactional
    public void resetPassword(Long userId, String password, boolean mustChange) {
        guard.requireAdministrator();
        AppUser user = user(userId);
        user.changePassword(passwords.encode(
                PasswordPolicy.require(user.getUsername(), PeopleRules.required(password, "people.password"))));
        user.setMustChangePassword(mustChange);
        events.publishEvent(new AuditEvent(
                "user.passwordReset", null, null, details("username", user.getUsername(), "mustChange", mustChange)));
    }

    /** The person must choose a new password at their next sign-in (administrators; audited). */
    @Transactional
    public void forcePasswordChange(Long userId) {
        guard.requireAdministrator();
        AppUser user = user(userId);
        user.setMustChangePassword(true);
        events.publishEvent(
                new AuditEvent("user.passwordChangeForced", null, null, details("username", user.getUsername())));
    }

    @Transactional
    public Membership addMember(Long unitId, String username, Role role, int signOrder) {
        guard.requireAdministrator();
        Unit unit = unit(unitId);
        AppUser user = users.findByUsername(PeopleRules.required(username, "people.username"))
                .orElseThrow(() -> new NotFoundException("error.userNotFound", username));
        Role r = Objects.requireNonNull(role, "role");
        if (memberships.findByUserId(user.getId()).stream()
                .anyMatch(m -> m.getUnitId().equals(unitId) && m.getRole() == r)) {
            throw new ConflictException("error.membershipExists", user.getDisplayName(), r.name());
        }
        Membership m = memberships.save(new Membership(user.getId(), unitId, r, r == Role.LEADER ? signOrder : 0));
        events.publishEvent(new AuditEvent(
                "membership.added",
                unit.getId(),
                null,
                details(
                        "username",
                        user.getUsername(),
                        "role",
                        r.name(),
                        "place",
                        r == Role.LEADER ? signOrder : null)));
        return m;
    }

    @Transactional
    public void removeMember(Long membershipId) {
        guard.requireAdministrator();
        Membership m = memberships
                .findById(membershipId)
                .orElseThrow(() -> new NotFoundException("error.userNotFound", membershipId));
        String username =
                users.findById(m.getUserId()).map(AppUser::getUsername).orElse("?");
        memberships.delete(m);
        events.publishEvent(new AuditEvent(
                "membership.removed",
                m.getUnitId(),
                null,
                details("username", username, "role", m.getRole().name())));
    }

    /** The caller's own language, remembered for their next sign-in; any signed-in user. */
    @Transactional
    public void changeOwnLanguage(Locale locale) {
        CurrentUser me = guard.caller();
        AppUser user = user(me.id());
        String tag = locale.getLanguage();
        if (!tag.equals(user.getLocale())) {
            user.changeLocale(tag);
            events.publishEvent(new AuditEvent("user.languageChanged", null, null, details("language", tag)));
        }
    }

    private Unit unit(Long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("error.unitNotFound", unitId));
    }

    private AppUser user(Long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("error.userNotFound", userId));
    }

    private Long parent(Long parentId) {
        return parentId == null ? null : unit(parentId).getId();
    }
}
