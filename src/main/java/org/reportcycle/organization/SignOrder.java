package org.reportcycle.organization;

import java.util.List;
import org.reportcycle.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a unit's leaders sign (issue 20, 会签): the co-signers sign in parallel first, then the other leaders one
 * after the other in their sign-off order, the last of them being the final signer (主要领导). A unit without
 * co-signers has only the ordered chain, as before.
 */
@Service
@Transactional(readOnly = true)
public class SignOrder {

    private final MembershipRepository memberships;

    public SignOrder(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** The sign-off places (sign orders) of the unit's co-signers, in their order. */
    public List<Integer> coSignerPlaces(Long unitId) {
        return leaders(unitId).stream()
                .filter(Membership::isCoSigner)
                .map(Membership::getSignOrder)
                .toList();
    }

    /** The sign-off places of the leaders of the ordered chain (everyone but the co-signers), in order. */
    public List<Integer> chainPlaces(Long unitId) {
        return leaders(unitId).stream()
                .filter(m -> !m.isCoSigner())
                .map(Membership::getSignOrder)
                .toList();
    }

    /** The ids of the unit's memberships marked as co-signers. */
    public List<Long> coSignerMemberships(Long unitId) {
        return leaders(unitId).stream()
                .filter(Membership::isCoSigner)
                .map(Membership::getId)
                .toList();
    }

    private List<Membership> leaders(Long unitId) {
        return memberships.findByUnitIdAndRoleOrderBySignOrder(unitId, Role.LEADER);
    }
}
