package org.reportcycle.report;

/** Why a version of a report was taken. */
public enum VersionReason {
    CREATED,
    SAVED,
    SUBMITTED,
    RETURNED,
    REVISED,
    PUBLISHED,
    /** A published report corrected: a new published version whose note says what it corrects. */
    CORRECTED;

    public String messageKey() {
        return "version." + name();
    }
}
