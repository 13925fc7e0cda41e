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

    List<Membership> findByUnitIdInAndRoleOrderBySignOrder(Collection<Long> unitIds, Role role);

    @Query("select m.unitId, count(m) from Membership m "
            + "where m.unitId in :unitIds and m.role = :role group by m.unitId")
    List<Object[]> countByUnitAndRole(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);
}
