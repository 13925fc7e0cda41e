package org.reportcycle.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's lists of units, users and a unit's members, a page at a time; administrators only. The
 * changes are {@link PeopleService}'s.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AccessGuard guard;

    public PeopleDirectory(
            UnitRepository units, UserRepository users, MembershipRepository memberships, AccessGuard guard) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.guard = guard;
    }

    /** A member of a unit as the administrator's list shows it. */
    public record MemberRow(
            Long membershipId, Long userId, String username, String displayName, Role role, int signOrder) {}

    public List<Unit> units() {
        guard.requireAdministrator();
        return units.findAll().stream()
                .sorted(Comparator.comparing(Unit::getCode))
                .toList();
    }

    public List<AppUser> users() {
        guard.requireAdministrator();
        return users.findAll().stream()
                .sorted(Comparator.comparing(AppUser::getUsername))
                .toList();
    }

    /** A page of the units whose name or code contains the text, by name (the screen reads a page at a time). */
    public List<Unit> units(String text, int offset, int limit) {
        guard.requireAdministrator();
        String t = text == null ? "" : text.strip();
        return units.findByNameContainingOrCodeContainingOrderByName(
                t, t, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    public int unitCount(String text) {
        guard.requireAdministrator();
        String t = text == null ? "" : text.strip();
        return (int) units.countByNameContainingOrCodeContaining(t, t);
    }

    /** A page of the users whose user name or display name contains the text, by user name. */
    public List<AppUser> users(String text, int offset, int limit) {
        guard.requireAdministrator();
        String t = text == null ? "" : text.strip();
        return users.findByUsernameContainingOrDisplayNameContainingOrderByUsername(
                t, t, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    public int userCount(String text) {
        guard.requireAdministrator();
        String t = text == null ? "" : text.strip();
        return (int) users.countByUsernameContainingOrDisplayNameContaining(t, t);
    }

    /** The units by id (for the names of the parents on a page). */
    public Map<Long, Unit> unitsById(Collection<Long> ids) {
        guard.requireAdministrator();
        return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    public List<MemberRow> members(Long unitId) {
        guard.requireAdministrator();
        List<Membership> found = memberships.findByUnitId(unitId);
        Map<Long, AppUser> byId = users
                .findAllById(found.stream().map(Membership::getUserId).toList())
                .stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        return found.stream()
                .filter(m -> byId.containsKey(m.getUserId()))
                .map(m -> new MemberRow(
                        m.getId(),
                        m.getUserId(),
                        byId.get(m.getUserId()).getUsername(),
                        byId.get(m.getUserId()).getDisplayName(),
                        m.getRole(),
                        m.getSignOrder()))
                .sorted(Comparator.comparing(MemberRow::role).thenComparingInt(MemberRow::signOrder))
                .toList();
    }
}
