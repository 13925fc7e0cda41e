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
import java.util.concurrent.ThreadLocalRandom;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.SignInEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles failed sign-ins (form login and HTTP Basic alike, both through
 * {@link ThrottledAuthenticationProvider}) per login name AND source address, so nobody can lock a person
 * out from their own address: after a few failures in a row the next attempt of that name from that address
 * must wait (doubling each time), after {@link ReportCycleSettings.Security#maxFailedLogins()} the name is blocked from that
 * address for {@link ReportCycleSettings.Security#lockout()}, and an address that fails for many names is blocked as a whole —
 * except for the names that signed in from it before (their usual address). A refused attempt is answered
 * before any password is checked and writes nothing. The audit trail gets one {@code auth.loginFailed} record
 * per name, address and minute (with how many failures the previous minute held), one {@code auth.locked} per
 * block; administrators are told when a name is blocked (someone is guessing its password). Counted in
 * {@code rc_login_lock} / {@code rc_login_source}, shared by the nodes.
 */
@Service
public class LoginThrottle {

    private static final Duration AUDIT_WINDOW = Duration.ofMinutes(1);
    private static final Duration USUAL_ADDRESS = Duration.ofDays(90);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessGuard guard;
    private final OrganizationService organization;
    private final ReportCycleSettings.Security rules;

    public LoginThrottle(
            JdbcTemplate jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            AccessGuard guard,
            OrganizationService organization,
            ReportCycleSettings.Security rules) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.guard = guard;
        this.organization = organization;
        this.rules = rules;
    }

    public int maxFailures() {
        return rules.maxFailedLogins();
    }

    /** Why an attempt of the name from the address is refused without checking its password, if it is. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<LoginLockedException> refusal(String username, String source) {
        String name = key(username);
        String from = LoginPairs.source(source);
        Instant now = now();
        LoginPairs.Pair pair = LoginPairs.pair(jdbc, name, from).orElse(LoginPairs.Pair.NONE);
        if (pair.lockedUntil() != null && pair.lockedUntil().isAfter(now)) {
            return Optional.of(new LoginLockedException(pair.lockedUntil(), "auth.locked"));
        }
        if (pair.lastFailed() != null) {
            Instant waitUntil = pair.lastFailed().plus(rules.waitAfter(pair.failures()));
            if (waitUntil.isAfter(now)) {
                return Optional.of(new LoginLockedException(waitUntil, "auth.throttled"));
            }
        }
        boolean usual = pair.lastSuccess() != null && pair.lastSuccess().isAfter(now.minus(USUAL_ADDRESS));
        if (!usual) {
            Optional<Instant> blocked = jdbc
                    .queryForList("SELECT blocked_until FROM rc_login_source WHERE source = ?", Timestamp.class, from)
                    .stream()
                    .filter(t -> t != null && t.toInstant().isAfter(now))
                    .map(Timestamp::toInstant)
                    .findFirst();
            if (blocked.isPresent()) {
                return Optional.of(new LoginLockedException(blocked.get(), "auth.sourceBlocked"));
            }
        }
        return Optional.empty();
    }

    /**
     * Counts a failed sign-in of the name from the address: the first of each minute is audited, the
     * {@code maxFailedLogins}-th in a row blocks the name from the address (audited, administrators told), and
     * an address failing for too many names is blocked. Returns the block that now applies, if any.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<LoginLockedException> failed(String username, String source, String reason) {
        String name = key(username);
        // the audit trail shows the name as typed (cut with a marker when longer than its column)
        String shown = username == null ? "" : username.length() > 1000 ? username.substring(0, 1000) : username;
        String from = LoginPairs.source(source);
        Instant now = now();
        Timestamp at = Timestamp.from(now);
        Optional<LoginPairs.Pair> found = LoginPairs.pair(jdbc, name, from);
        if (found.isEmpty()) {
            try {
                jdbc.update(
                        "INSERT INTO rc_login_lock (username, source, failed_count, last_failed, window_start, "
                                + "window_count) VALUES (?, ?, 1, ?, ?, 1)",
                        name,
                        from,
                        at,
                        at);
                events.publishEvent(new SignInEvent(shown, "auth.loginFailed", reason));
            } catch (DuplicateKeyException raced) {
                jdbc.update(
                        "UPDATE rc_login_lock SET failed_count = failed_count + 1, last_failed = ?, "
                                + "window_count = window_count + 1 WHERE username = ? AND source = ?",
                        at,
                        name,
                        from);
            }
        } else {
            Instant windowStart = found.get().windowStart();
            int windowCount = found.get().windowCount();
            boolean newWindow =
                    windowStart == null || !windowStart.plus(AUDIT_WINDOW).isAfter(now);
            jdbc.update(
                    "UPDATE rc_login_lock SET failed_count = failed_count + 1, last_failed = ?, window_start = ?, "
                            + "window_count = ? WHERE username = ? AND source = ?",
                    at,
                    newWindow ? at : Timestamp.from(windowStart),
                    newWindow ? 1 : windowCount + 1,
                    name,
                    from);
            if (newWindow) {
                events.publishEvent(new SignInEvent(
                        shown,
                        "auth.loginFailed",
                        windowCount > 1 ? reason + "; previous minute: " + windowCount + " failures" : reason));
            }
        }
        Integer count = jdbc.queryForObject(
                "SELECT failed_count FROM rc_login_lock WHERE username = ? AND source = ?", Integer.class, name, from);
        Optional<LoginLockedException> block = Optional.empty();
        if (count != null && count >= rules.maxFailedLogins()) {
            Instant until = now.plus(rules.lockout());
            jdbc.update(
                    "UPDATE rc_login_lock SET failed_count = 0, locked_until = ? WHERE username = ? AND source = ?",
                    Timestamp.from(until),
                    name,
                    from);
            events.publishEvent(new SignInEvent(name, "auth.locked", "until " + until + " from " + from));
            alertAdministrators(name, from);
            block = Optional.of(new LoginLockedException(until, "auth.locked"));
        }
        blockSourceIfSpraying(from, now);
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            // old rows of addresses that never signed in go, so the table stays bounded
            jdbc.update(
                    "DELETE FROM rc_login_lock WHERE last_success IS NULL AND last_failed < ? "
                            + "AND (locked_until IS NULL OR locked_until < ?)",
                    Timestamp.from(now.minus(Duration.ofDays(1))),
                    at);
        }
        return block;
    }

    /** A successful sign-in: the name's failures from this address start again, and it is a usual address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String source) {
        String name = key(username);
        String from = LoginPairs.source(source);
        Timestamp at = Timestamp.from(now());
        if (jdbc.update(
                        "UPDATE rc_login_lock SET failed_count = 0, locked_until = NULL, last_failed = NULL, "
                                + "last_success = ? WHERE username = ? AND source = ?",
                        at,
                        name,
                        from)
                == 0) {
            try {
                jdbc.update(
                        "INSERT INTO rc_login_lock (username, source, failed_count, window_count, last_success) "
                                + "VALUES (?, ?, 0, 0, ?)",
                        name,
                        from,
                        at);
            } catch (DuplicateKeyException raced) {
                // the other node recorded the same success
            }
        }
    }

    /** Until when the name is blocked from some address, if it is now (the latest of its blocks). */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Timestamp until = jdbc.queryForObject(
                "SELECT MAX(locked_until) FROM rc_login_lock WHERE username = ? AND locked_until > ?",
                Timestamp.class,
                key(username),
                Timestamp.from(now()));
        return Optional.ofNullable(until).map(Timestamp::toInstant);
    }

    /** The names blocked now (from at least one address), with the time their last block ends (administrators). */
    @Transactional(readOnly = true)
    public Map<String, Instant> locked() {
        guard.requireAdministrator();
        Map<String, Instant> found = new TreeMap<>();
        jdbc.query(
                "SELECT username, MAX(locked_until) FROM rc_login_lock WHERE locked_until > ? GROUP BY username",
                rs -> {
                    found.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                },
                Timestamp.from(now()));
        return found;
    }

    /** Lifts every block of the name at once (administrators only); audited. Returns whether it was blocked. */
    @Transactional
    public boolean unlock(String username) {
        guard.requireAdministrator();
        String name = key(username);
        boolean wasLocked = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_login_lock WHERE username = ? AND locked_until > ?",
                        Integer.class,
                        name,
                        Timestamp.from(now()))
                > 0;
        jdbc.update(
                "UPDATE rc_login_lock SET failed_count = 0, locked_until = NULL, last_failed = NULL WHERE username = ?",
                name);
        events.publishEvent(
                new AuditEvent("auth.unlocked", null, null, Map.of("username", name, "wasLocked", wasLocked)));
        return wasLocked;
    }

    private void blockSourceIfSpraying(String from, Instant now) {
        Integer names = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_login_lock WHERE source = ? AND last_failed > ?",
                Integer.class,
                from,
                Timestamp.from(now.minus(rules.sourceWindow())));
        if (names == null || names < rules.sourceMaxNames()) {
            return;
        }
        Timestamp until = Timestamp.from(now.plus(rules.lockout()));
        if (jdbc.update(
                        "UPDATE rc_login_source SET blocked_until = ? WHERE source = ? "
                                + "AND (blocked_until IS NULL OR blocked_until < ?)",
                        until,
                        from,
                        Timestamp.from(now))
                == 0) {
            try {
                jdbc.update("INSERT INTO rc_login_source (source, blocked_until) VALUES (?, ?)", from, until);
            } catch (DuplicateKeyException alreadyBlocked) {
                return;
            }
        }
        events.publishEvent(new SignInEvent("-", "auth.sourceBlocked", from + " tried " + names + " names"));
    }

    private void alertAdministrators(String name, String from) {
        List<String> admins = organization.administrators();
        if (!admins.isEmpty()) {
            events.publishEvent(
                    NotifyEvent.of(admins, "security", null, null, "notify.msg.loginAttack", null, name, from));
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static String key(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
