package org.reportcycle.shared;

import java.util.Optional;

/** Where a report stands in its cycle; each step except {@link #PUBLISHED} is one BPMN user task. */
public enum Step {
    DRAFT("draft", Role.DRAFTER, Milestone.DRAFT),
    LEGAL_REVIEW("legalReview", Role.LEGAL, Milestone.LEGAL_REVIEW),
    /** 会签: the unit's co-signers sign in parallel before the ordered chain (issue 20); only units that have them. */
    CO_SIGN("coSign", Role.LEADER, Milestone.SIGNOFF),
    LEADER_SIGNOFF("leaderSignoff", Role.LEADER, Milestone.SIGNOFF),
    COMMITTEE("committee", Role.SECRETARY, Milestone.COMMITTEE),
    REVISION("revision", Role.DRAFTER, Milestone.COMMITTEE),
    CONFIRM_CHANGES("confirmChanges", Role.SECRETARY, Milestone.COMMITTEE),
    REPORT_UP("reportUp", Role.DRAFTER, Milestone.REPORT_UP),
    /** The supervising office's acceptance (审查备案); administrators act, not a unit role. */
    OFFICE_REVIEW("officeReview", null, Milestone.PUBLICATION),
    PUBLISH("publish", Role.DRAFTER, Milestone.PUBLICATION),
    PUBLISHED(null, null, null);

    private final String taskKey;
    private final Role actor;
    private final Milestone milestone;

    Step(String taskKey, Role actor, Milestone milestone) {
        this.taskKey = taskKey;
        this.actor = actor;
        this.milestone = milestone;
    }

    /** The BPMN user task's id, or null for {@link #PUBLISHED}. */
    public String taskKey() {
        return taskKey;
    }

    /** The role whose members act at this step; null where the supervising office's administrators act. */
    public Role actor() {
        return actor;
    }

    /** The deadline that applies while a report is at this step. */
    public Milestone milestone() {
        return milestone;
    }

    public String messageKey() {
        return "step." + name();
    }

    /** True while the drafters may edit the text. */
    public boolean editable() {
        return this == DRAFT || this == REVISION;
    }

    public static Optional<Step> ofTaskKey(String taskKey) {
        for (Step step : values()) {
            if (step.taskKey != null && step.taskKey.equals(taskKey)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
