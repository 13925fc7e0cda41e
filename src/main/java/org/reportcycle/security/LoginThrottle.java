package org.reportcycle.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.SignInEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary lock-out after too many failed sign-ins in a row, for the form login and HTTP Basic alike
 * (both go through {@link ThrottledAuthenticationProvider}). Counted per login name in
 * {@code rc_login_lock}, so every node sharing the database sees the same count. A successful sign-in
 * resets the count; an administrator can lift a lock before it runs out.
 */
@Service
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessGuard guard;
    private final int maxFailures;
    private final Duration lockFor;

    public LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            AccessGuard guard,
            @Value("${reportcycle.security.max-failed-logins:10}") int maxFailures,
            @Value("${reportcycle.security.lockout:15m}") Duration lockFor) {
        if (maxFailures < 1 || maxFailures > 10) {
            throw new IllegalArgumentException("reportcycle.security.max-failed-logins must be 1..10");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.guard = guard;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    public int maxFailures() {
        return maxFailures;
    }

    /** Until when the name is locked out, if it is now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM rc_login_lock WHERE username = ?", Timestamp.class, key(username));
        return until.stream()
                .filter(t -> t != null)
                .map(Timestamp::toInstant)
                .filter(t -> t.isAfter(now()))
                .findFirst();
    }

    /** Counts a failed sign-in; the {@code maxFailures}-th in a row locks the name and is audited. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        String name = key(username);
        Timestamp at = Timestamp.from(now());
        if (jdbc.update(
                        "UPDATE rc_login_lock SET failed_count = failed_count + 1, last_failed = ? WHERE username = ?",
                        at,
                        name)
                == 0) {
            try {
                jdbc.update(
                        "INSERT INTO rc_login_lock (username, failed_count, last_failed) VALUES (?, 1, ?)", name, at);
            } catch (DuplicateKeyException raced) {
                jdbc.update(
                        "UPDATE rc_login_lock SET failed_count = failed_count + 1, last_failed = ? WHERE username = ?",
                        at,
                        name);
            }
        }
        Integer count =
                jdbc.queryForObject("SELECT failed_count FROM rc_login_lock WHERE username = ?", Integer.class, name);
        if (count != null && count >= maxFailures) {
            Instant until = now().plus(lockFor);
            jdbc.update(
                    "UPDATE rc_login_lock SET failed_count = 0, locked_until = ? WHERE username = ?",
                    Timestamp.from(until),
                    name);
            events.publishEvent(new SignInEvent(name, "auth.locked", "until " + until));
        }
    }

    /** A successful sign-in: the count starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.update("DELETE FROM rc_login_lock WHERE username = ?", key(username));
    }

    /** The names locked out now, with the time their lock ends (administrators only). */
    @Transactional(readOnly = true)
    public Map<String, Instant> locked() {
        guard.requireAdministrator();
        Map<String, Instant> found = new TreeMap<>();
        jdbc.query(
                "SELECT username, locked_until FROM rc_login_lock WHERE locked_until > ?",
                rs -> {
                    found.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                },
                Timestamp.from(now()));
        return found;
    }

    /** Lifts a lock at once (administrators only); audited. Returns whether the name was locked. */
    @Transactional
    public boolean unlock(String username) {
        guard.requireAdministrator();
        boolean wasLocked = lockedUntil(username).isPresent();
        jdbc.update("DELETE FROM rc_login_lock WHERE username = ?", key(username));
        events.publishEvent(
                new AuditEvent("auth.unlocked", null, null, Map.of("username", key(username), "wasLocked", wasLocked)));
        return wasLocked;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
