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
    private final KeptReads kept;

    public SignOrder(MembershipRepository memberships, KeptReads kept) {
        this.memberships = memberships;
        this.kept = kept;
    }

    /** A leader's place in the sign-off, as kept ({@link KeptReads}): every sign-off step asks. */
    private record Leader(Long membershipId, int signOrder, boolean coSigner) {}

    private record Leaders(Long unitId) {}

    /** The sign-off places (sign orders) of the unit's co-signers, in their order. */
    public List<Integer> coSignerPlaces(Long unitId) {
        return leaders(unitId).stream()
                .filter(Leader::coSigner)
                .map(Leader::signOrder)
                .toList();
    }

    /** The sign-off places of the leaders of the ordered chain (everyone but the co-signers), in order. */
    public List<Integer> chainPlaces(Long unitId) {
        return leaders(unitId).stream()
                .filter(m -> !m.coSigner())
                .map(Leader::signOrder)
                .toList();
    }

    /** The ids of the unit's memberships marked as co-signers. */
    public List<Long> coSignerMemberships(Long unitId) {
        return leaders(unitId).stream()
                .filter(Leader::coSigner)
                .map(Leader::membershipId)
                .toList();
    }

    private List<Leader> leaders(Long unitId) {
        return kept.get(
                new Leaders(unitId),
                () -> memberships.findByUnitIdAndRoleOrderBySignOrder(unitId, Role.LEADER).stream()
                        .map(m -> new Leader(m.getId(), m.getSignOrder(), m.isCoSigner()))
                        .toList());
    }
}
