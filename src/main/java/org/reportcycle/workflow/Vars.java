package org.reportcycle.workflow;

/** The process variables of annual-report.bpmn20.xml: ids and small values only. */
final class Vars {

    static final String REPORT_ID = "reportId";
    static final String UNIT_ID = "unitId";
    static final String LEADER_INDEX = "leaderIndex";
    static final String LEADER_COUNT = "leaderCount";
    static final String DECISION = "decision";
    /** How many co-signers sign in parallel (会签) before the ordered chain; set when the legal review passes. */
    static final String CO_SIGNER_COUNT = "coSignerCount";

    private Vars() {}
}
