package org.reportcycle.approval;

/** What the committee decided. */
public enum MeetingOutcome {
    APPROVED("approved"),
    CHANGES("changes"),
    REJECTED("rejected");

    private final String decision;

    MeetingOutcome(String decision) {
        this.decision = decision;
    }

    /** The BPMN decision this outcome takes. */
    String decision() {
        return decision;
    }

    public String messageKey() {
        return "outcome." + name();
    }
}
