package org.reportcycle.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before the password was checked: the name is blocked from this address after too many
 * failures in a row ({@code auth.locked}), must wait a little after the last failures ({@code auth.throttled}),
 * or the address tried too many names ({@code auth.sourceBlocked}).
 */
public final class LoginLockedException extends LockedException {

    private static final long serialVersionUID = 1L;

    private final Instant until;
    private final String messageKey;

    LoginLockedException(Instant until) {
        this(until, "auth.locked");
    }

    LoginLockedException(Instant until, String messageKey) {
        super(messageKey + " until " + until);
        this.until = until;
        this.messageKey = messageKey;
    }

    /** {@code auth.locked}, {@code auth.throttled} or {@code auth.sourceBlocked}. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of {@link #messageKey()}'s message. */
    public Object[] messageArgs(int maxFailures) {
        return switch (messageKey) {
            case "auth.throttled" -> new Object[] {secondsLeft()};
            case "auth.sourceBlocked" -> new Object[] {minutesLeft()};
            default -> new Object[] {maxFailures, minutesLeft()};
        };
    }

    /** Whole seconds left, at least one. */
    public long secondsLeft() {
        return Math.max(1, (Duration.between(Instant.now(), until).toMillis() + 999) / 1000);
    }

    public Instant until() {
        return until;
    }

    /** Whole minutes left, at least one, for the message. */
    public long minutesLeft() {
        return Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
    }
}
