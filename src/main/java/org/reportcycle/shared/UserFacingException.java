package org.reportcycle.shared;

import java.util.Arrays;

/**
 * A refusal the user can understand: carries a message key (messages*.properties) and its arguments,
 * shown in the user's language. Nothing has been changed when it is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** Refuses a blank or over-long reason (for returns, rejections, overrides) before anything changes. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("error.reasonRequired");
        }
        return Limits.atMost(reason.strip(), Limits.NOTE, "reason");
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
