package org.reportcycle.shared;

/** The data changed under the caller (a stale edit, a task already completed); nothing was changed. */
public class ConflictException extends UserFacingException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
