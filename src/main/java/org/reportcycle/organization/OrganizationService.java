package org.reportcycle.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units, people and memberships. Read-only lookups used by the other features; administrative changes
 * come with the administrator's screens.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final KeptReads kept;
    private final JdbcTemplate jdbc;

    public OrganizationService(
            UnitRepository units,
            UserRepository users,
            MembershipRepository memberships,
            KeptReads kept,
            JdbcTemplate jdbc) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.kept = kept;
        this.jdbc = jdbc;
    }

    /** Keys of what {@link KeptReads} keeps for this service. */
    private record Members(Long unitId, Role role) {}

    private record Level(Long unitId) {}

    private record Administrators() {}

    public Unit unit(Long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("error.unitNotFound", unitId));
    }

    /**
     * The unit's level (which deadlines it keeps), as a step asks for each task it opens: kept for a few seconds
     * ({@link KeptReads}).
     */
    public UnitLevel level(Long unitId) {
        return kept.get(new Level(unitId), () -> unit(unitId).getLevel());
    }

    public List<Unit> allUnits() {
        return units.findAll();
    }

    public Map<Long, Unit> unitsById() {
        return units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    /** Units whose name or code contains the text, by name, one page (for pickers over thousands of units). */
    public List<Unit> searchUnits(String text, int offset, int limit) {
        String t = text == null ? "" : text.strip();
        return units.findByNameContainingOrCodeContainingOrderByName(
                t, t, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    public int countUnits(String text) {
        String t = text == null ? "" : text.strip();
        return (int) units.countByNameContainingOrCodeContaining(t, t);
    }

    /** The given units by id: a short list reads only those, a long one every unit (one query either way). */
    public Map<Long, Unit> unitsById(Collection<Long> unitIds) {
        if (unitIds.size() > 500) {
            return unitsById();
        }
        return units.findAllById(unitIds).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    public Optional<AppUser> user(String username) {
        return users.findByUsername(username);
    }

    public List<Membership> membershipsOf(Long userId) {
        return memberships.findByUserId(userId);
    }

    /**
     * The members of a unit in a role; leaders in their sign-off order. One statement, kept for a few seconds
     * ({@link KeptReads}: a step tells them of its task).
     */
    public List<MemberView> members(Long unitId, Role role) {
        // by JDBC: every step reads the members of the group its new task goes to, and a JPA query cost it a
        // query translation and a dirty check of the step's entities besides the statement
        return kept.get(
                new Members(unitId, role),
                () -> List.copyOf(jdbc.query(
                        "SELECT u.id, u.username, u.display_name, u.email, m.sign_order FROM rc_membership m "
                                + "JOIN rc_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role = ? "
                                + "ORDER BY m.sign_order, m.id",
                        (rs, i) -> new MemberView(
                                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), role, rs.getInt(5)),
                        unitId,
                        role.name())));
    }

    /** {@link #members(Long, Role)} for every role of the unit (an empty list for a role nobody holds), in one statement. */
    public Map<Role, List<MemberView>> members(Long unitId) {
        Map<Role, List<MemberView>> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, new ArrayList<>());
        }
        memberships.membersOfUnit(unitId).forEach(m -> byRole.get(m.role()).add(m));
        return byRole;
    }

    /** {@link #members(Long, Role)} of many units, by unit id, in one statement. */
    public Map<Long, List<MemberView>> members(Collection<Long> unitIds, Role role) {
        Map<Long, List<MemberView>> byUnit = new HashMap<>();
        unitIds.forEach(id -> byUnit.put(id, new ArrayList<>()));
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        for (Object[] row : memberships.membersOfUnits(unitIds, role)) {
            byUnit.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new MemberView(
                            (Long) row[1],
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            role,
                            ((Number) row[5]).intValue()));
        }
        return byUnit;
    }

    /** The users of these usernames, by username, in one query. */
    public Map<String, AppUser> users(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, Function.identity(), (a, b) -> a));
    }

    /** The roles that have at least one member, per unit id, in one query. */
    public Map<Long, Set<Role>> rolesByUnit() {
        Map<Long, Set<Role>> found = new HashMap<>();
        for (Object[] row : memberships.unitRoles()) {
            found.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Role.class))
                    .add((Role) row[1]);
        }
        return found;
    }

    /** How many leaders sign a unit's report, one after the other. */
    public int leaderCount(Long unitId) {
        return memberships
                .findByUnitIdAndRoleOrderBySignOrder(unitId, Role.LEADER)
                .size();
    }

    /** {@link #leaderCount} of many units in one query (0 for a unit without leaders). */
    public Map<Long, Integer> leaderCounts(Collection<Long> unitIds) {
        Map<Long, Integer> counts = new HashMap<>();
        unitIds.forEach(id -> counts.put(id, 0));
        if (!unitIds.isEmpty()) {
            for (Object[] row : memberships.countByUnitAndRole(unitIds, Role.LEADER)) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    /** The usernames of the active administrators of the supervising office. */
    public List<String> administrators() {
        // one projection query: loading every user (80,000 in a province) on each step made every later query
        // of the step dirty-check them all (S2 at full scale: 11 steps/s)
        return kept.get(new Administrators(), () -> List.copyOf(users.activeAdministratorNames()));
    }
}
