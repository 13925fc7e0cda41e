package org.reportcycle.organization;

import java.util.List;
import org.reportcycle.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserId(Long userId);

    List<Membership> findByUnitId(Long unitId);

    /** Every (unit, role) pair that has at least one member, for completeness checks over many units. */
    @org.springframework.data.jpa.repository.Query("select distinct m.unitId, m.role from Membership m")
    List<Object[]> unitRoles();

    List<Membership> findByUnitIdAndRoleOrderBySignOrder(Long unitId, Role role);

    List<Membership> findByUnitIdInAndRoleOrderBySignOrder(java.util.Collection<Long> unitIds, Role role);

    @org.springframework.data.jpa.repository.Query("select m.unitId, count(m) from Membership m "
            + "where m.unitId in :unitIds and m.role = :role group by m.unitId")
    List<Object[]> countByUnitAndRole(
            @org.springframework.data.repository.query.Param("unitIds") java.util.Collection<Long> unitIds,
            @org.springframework.data.repository.query.Param("role") Role role);
}
