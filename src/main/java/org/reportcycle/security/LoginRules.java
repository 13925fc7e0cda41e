package org.reportcycle.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are throttled ({@code reportcycle.security.*}); counted per login name and source address
 * together, in the database (shared by the nodes).
 *
 * @param maxFailedLogins failures in a row of one name from one address that block the name from that address (1–10)
 * @param lockout how long such a block, and a source address's block, lasts
 * @param failureDelay after {@code delayAfter} failures in a row, the wait before the next attempt of the name
 *     from that address is checked at all: this, doubled with each further failure (0: no wait)
 * @param delayAfter failures in a row before the waits begin
 * @param sourceMaxNames distinct names failing from one address within {@code sourceWindow} that block the
 *     address for {@code lockout} (names that signed in from it before are not blocked)
 * @param sourceWindow the window for {@code sourceMaxNames}
 */
@ConfigurationProperties("reportcycle.security")
public record LoginRules(
        Integer maxFailedLogins,
        Duration lockout,
        Duration failureDelay,
        Integer delayAfter,
        Integer sourceMaxNames,
        Duration sourceWindow) {

    public LoginRules {
        maxFailedLogins = maxFailedLogins == null ? 10 : maxFailedLogins;
        if (maxFailedLogins < 1 || maxFailedLogins > 10) {
            throw new IllegalArgumentException("reportcycle.security.max-failed-logins must be 1..10");
        }
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        failureDelay = failureDelay == null ? Duration.ofSeconds(1) : failureDelay;
        delayAfter = delayAfter == null ? 3 : delayAfter;
        sourceMaxNames = sourceMaxNames == null ? 20 : sourceMaxNames;
        sourceWindow = sourceWindow == null ? Duration.ofMinutes(10) : sourceWindow;
    }

    /** The wait after {@code failures} failures in a row: none up to {@code delayAfter}, then doubling, capped. */
    public Duration waitAfter(int failures) {
        if (failures < delayAfter || failureDelay.isZero()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(20, failures - delayAfter);
        Duration wait = failureDelay.multipliedBy(1L << doublings);
        return wait.compareTo(lockout) > 0 ? lockout : wait;
    }
}
