package org.reportcycle.organization;

import java.util.List;
import org.reportcycle.shared.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByUserId(Long userId);

    List<Membership> findByUnitIdAndRoleOrderBySignOrder(Long unitId, Role role);
}
