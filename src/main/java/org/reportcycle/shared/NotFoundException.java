package org.reportcycle.shared;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
