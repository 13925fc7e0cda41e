package org.reportcycle.shared;

/** What a person does for a unit. One person may hold several roles and serve several units. */
public enum Role {
    DRAFTER,
    LEGAL,
    LEADER,
    SECRETARY;

    /** The message key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
