package org.reportcycle.workflow;

/** Whose turn it is at sign-off: the {@code place}-th of the unit's {@code count} leaders (1-based). */
public record LeaderTurn(int place, int count) {

    /** The last leader signs for the unit and attests the confidentiality review. */
    public boolean last() {
        return place >= count;
    }

    /** Whether a leader signed before this one, to whom the report can go back. */
    public boolean hasPrevious() {
        return place > 1;
    }
}
