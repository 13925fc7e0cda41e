package org.reportcycle.workflow;

/** The process variables of annual-report.bpmn20.xml: ids and small values only. */
final class Vars {

    static final String REPORT_ID = "reportId";
    static final String UNIT_ID = "unitId";
    static final String LEADER_INDEX = "leaderIndex";
    static final String LEADER_COUNT = "leaderCount";
    /**
     * The decision that steers the flows out of a task: transient on each completion (WorkflowService.complete), so
     * never written per step; the stored value ("" from the start, {@code moved} after an administrator's move) only
     * keeps the conditions defined outside a completion.
     */
    static final String DECISION = "decision";
    /** How many co-signers sign in parallel (会签) before the ordered chain; set when the legal review passes. */
    static final String CO_SIGNER_COUNT = "coSignerCount";

    private Vars() {}
}
