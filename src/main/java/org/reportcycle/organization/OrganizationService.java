package org.reportcycle.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Role;
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

    public OrganizationService(UnitRepository units, UserRepository users, MembershipRepository memberships) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
    }

    public Unit unit(Long unitId) {
        return units.findById(unitId).orElseThrow(() -> new NotFoundException("error.unitNotFound", unitId));
    }

    public List<Unit> allUnits() {
        return units.findAll();
    }

    public Map<Long, Unit> unitsById() {
        return units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    public Optional<AppUser> user(String username) {
        return users.findByUsername(username);
    }

    public List<Membership> membershipsOf(Long userId) {
        return memberships.findByUserId(userId);
    }

    /** The members of a unit in a role; leaders in their sign-off order. */
    public List<MemberView> members(Long unitId, Role role) {
        List<Membership> found = memberships.findByUnitIdAndRoleOrderBySignOrder(unitId, role);
        Map<Long, AppUser> byId = users.findAllById(found.stream().map(Membership::getUserId).toList()).stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        return found.stream()
                .filter(m -> byId.containsKey(m.getUserId()))
                .map(m -> {
                    AppUser u = byId.get(m.getUserId());
                    return new MemberView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), role,
                            m.getSignOrder());
                })
                .toList();
    }

    /** How many leaders sign a unit's report, one after the other. */
    public int leaderCount(Long unitId) {
        return memberships.findByUnitIdAndRoleOrderBySignOrder(unitId, Role.LEADER).size();
    }
}
