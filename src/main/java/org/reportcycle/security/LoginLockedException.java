package org.reportcycle.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused because the name is locked out after too many failed attempts. */
public final class LoginLockedException extends LockedException {

    private static final long serialVersionUID = 1L;

    private final Instant until;

    LoginLockedException(Instant until) {
        super("locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    /** Whole minutes left, at least one, for the message. */
    public long minutesLeft() {
        return Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
    }
}
