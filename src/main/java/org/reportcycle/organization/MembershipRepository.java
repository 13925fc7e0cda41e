package org.reportcycle.organization;

import java.util.Collection;
import java.util.List;
import org.reportcycle.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserId(Long userId);

    List<Membership> findByUnitId(Long unitId);

    /** Every (unit, role) pair that has at least one member, for completeness checks over many units. */
    @Query("select distinct m.unitId, m.role from Membership m")
    List<Object[]> unitRoles();

    List<Membership> findByUnitIdAndRoleOrderBySignOrder(Long unitId, Role role);

    /** Every member of a unit in every role, by role, then sign order; one statement. */
    @Query("select new org.reportcycle.organization.MemberView(u.id, u.username, u.displayName, u.email, m.role, "
            + "m.signOrder) from Membership m join AppUser u on u.id = m.userId "
            + "where m.unitId = :unitId order by m.role, m.signOrder, m.id")
    List<MemberView> membersOfUnit(@Param("unitId") Long unitId);

    /**
     * {@code OrganizationService.members(Long, Role)} of many units: unit id, user id, username, display name, e-mail, sign order per
     * row; one statement.
     */
    @Query("select m.unitId, u.id, u.username, u.displayName, u.email, m.signOrder from Membership m "
            + "join AppUser u on u.id = m.userId where m.unitId in :unitIds and m.role = :role "
            + "order by m.signOrder, m.id")
    List<Object[]> membersOfUnits(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);

    @Query("select m.unitId, count(m) from Membership m "
            + "where m.unitId in :unitIds and m.role = :role group by m.unitId")
    List<Object[]> countByUnitAndRole(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);
}
