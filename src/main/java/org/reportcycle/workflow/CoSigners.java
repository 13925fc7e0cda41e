package org.reportcycle.workflow;

import java.util.List;
import org.reportcycle.organization.SignOrder;
import org.springframework.stereotype.Component;

/**
 * The candidate groups of 会签 (issue 20), named by the process model: one co-sign instance per co-signer, each
 * for the co-signer's own leader group, and the ordered chain that follows counted without the co-signers. Read
 * from the unit's memberships when the task starts, so changing who co-signs changes data, not the model.
 */
@Component("coSigners")
public class CoSigners {

    private final SignOrder signOrder;
    private final Candidates candidates;

    CoSigners(SignOrder signOrder, Candidates candidates) {
        this.signOrder = signOrder;
        this.candidates = candidates;
    }

    /** One candidate group per co-signer of the unit: the collection of the multi-instance co-sign task. */
    public List<String> groups(Object unitId) {
        Long unit = Long.valueOf(unitId.toString());
        return signOrder.coSignerPlaces(unit).stream()
                .map(place -> candidates.leaderGroup(unit, place))
                .toList();
    }

    /**
     * The group of the {@code index}-th (1-based) leader of the ordered chain. Without co-signers the chain is every
     * leader and this is {@link Candidates#leaderGroup} unchanged.
     */
    public String chainGroup(Object unitId, Object index) {
        Long unit = Long.valueOf(unitId.toString());
        if (signOrder.coSignerPlaces(unit).isEmpty()) {
            return candidates.leaderGroup(unitId, index);
        }
        List<Integer> places = signOrder.chainPlaces(unit);
        int i = Integer.parseInt(index.toString());
        return candidates.leaderGroup(unitId, i >= 1 && i <= places.size() ? places.get(i - 1) : index);
    }

    /** How many co-signers and chain signers the unit has: {@code [co-signers, chain]}. */
    int[] counts(Long unitId) {
        return new int[] {
            signOrder.coSignerPlaces(unitId).size(),
            signOrder.chainPlaces(unitId).size()
        };
    }
}
