package org.reportcycle.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttle's row of one login name from one source address ({@code rc_login_lock}). */
final class LoginPairs {

    private LoginPairs() {}

    /** One name's failures from one address. */
    record Pair(
            int failures,
            Instant lockedUntil,
            Instant lastFailed,
            Instant lastSuccess,
            Instant windowStart,
            int windowCount) {
        static final Pair NONE = new Pair(0, null, null, null, null, 0);
    }

    static Optional<Pair> pair(JdbcTemplate jdbc, String name, String from) {
        return jdbc
                .query(
                        "SELECT failed_count, locked_until, last_failed, last_success, window_start, window_count "
                                + "FROM rc_login_lock WHERE username = ? AND source = ?",
                        (rs, i) -> new Pair(
                                rs.getInt(1),
                                instant(rs.getTimestamp(2)),
                                instant(rs.getTimestamp(3)),
                                instant(rs.getTimestamp(4)),
                                instant(rs.getTimestamp(5)),
                                rs.getInt(6)),
                        name,
                        from)
                .stream()
                .findFirst();
    }

    static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    /** The source address as stored: "unknown" when absent, at most 64 characters. */
    static String source(String source) {
        String s = source == null || source.isBlank() ? "unknown" : source.strip();
        return s.length() > 64 ? s.substring(0, 64) : s;
    }
}
