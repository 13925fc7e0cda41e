package org.reportcycle.report;

/** Why a version of a report was taken. */
public enum VersionReason {
    CREATED,
    SAVED,
    SUBMITTED,
    RETURNED,
    REVISED,
    PUBLISHED;

    public String messageKey() {
        return "version." + name();
    }
}
