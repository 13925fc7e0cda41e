package org.reportcycle.approval;

import org.reportcycle.workflow.Decision;

/** What the committee decided. */
public enum MeetingOutcome {
    APPROVED(Decision.MEETING_APPROVED),
    CHANGES(Decision.MEETING_CHANGES),
    REJECTED(Decision.MEETING_REJECTED);

    private final Decision decision;

    MeetingOutcome(Decision decision) {
        this.decision = decision;
    }

    /** The process decision this outcome takes. */
    Decision decision() {
        return decision;
    }

    public String messageKey() {
        return "outcome." + name();
    }
}
