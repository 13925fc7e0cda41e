package org.reportcycle.workflow;

/**
 * What the person at a step decided: the only way decisions reach the process. Each constant carries the value
 * the BPMN's gateways compare {@code decision} with; nobody outside {@code workflow} writes that string.
 */
public enum Decision {
    /** The drafters hand the report to legal review. */
    SUBMIT("submit", false),
    /** The legal advisor passes it on to the first leader. */
    PASS("pass", false),
    /** Back to drafting (from legal review, sign-off or the office's review), or back to revision. */
    RETURN("return", true),
    /** A leader approves and the next leader in the unit's order signs. */
    NEXT_LEADER("next", false),
    /** The last leader approves: on to the committee. */
    APPROVE("approve", false),
    /** A leader sends the report back to the leader who signed before. */
    PREVIOUS_LEADER("previous", true),
    /** A co-signer agrees (会签); once all have, the ordered chain (or the committee) follows. */
    CO_SIGNED("cosigned", false),
    /** The committee approved the report as it is. */
    MEETING_APPROVED("approved", false),
    /** The committee approved it with changes to make. */
    MEETING_CHANGES("changes", false),
    /** The committee rejected it: back to drafting. */
    MEETING_REJECTED("rejected", true),
    /** The drafters made the committee's (or the office's) changes. */
    REVISED("revised", false),
    /** The secretary confirms the changes match what was decided. */
    CONFIRMED("confirmed", false),
    /** The drafters filed the approved report with the supervising office. */
    FILED("filed", false),
    /** The office accepted it into the received-reports register. */
    ACCEPTED("accepted", false),
    /** The drafters published it. */
    PUBLISH("publish", false);

    /** The decision an administrator's move to another step records (not a gateway value). */
    static final String MOVED = "moved";

    private final String value;
    private final boolean returning;

    Decision(String value, boolean returning) {
        this.value = value;
        this.returning = returning;
    }

    /** The value of the process variable {@code decision} the BPMN's gateways test. */
    String value() {
        return value;
    }

    /** Whether the report goes back to people who had it before (their notice says "returned"). */
    public boolean returning() {
        return returning;
    }
}
