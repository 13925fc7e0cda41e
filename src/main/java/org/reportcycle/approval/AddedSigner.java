package org.reportcycle.approval;

import java.time.Instant;

/**
 * One 加签: a leader at sign-off ({@code addedBy}) asked another person of the unit ({@code added}) to sign, before
 * or after the leader's own decision, and what that person wrote. Names are display names, for the screens.
 *
 * @param signedAt when the added person signed, or null while the addition is open
 */
public record AddedSigner(
        long id,
        String addedBy,
        String addedByName,
        String added,
        String addedName,
        Placement placement,
        String reason,
        Instant addedAt,
        Instant signedAt,
        String opinion) {

    /** Before the leader (the added person signs first, then the task comes back) or after their approval. */
    public enum Placement {
        BEFORE,
        AFTER
    }

    /** Whether the added person has not signed yet. */
    public boolean open() {
        return signedAt == null;
    }
}
