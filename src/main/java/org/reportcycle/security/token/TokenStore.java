package org.reportcycle.security.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code rc_api_token} and {@code rc_api_token_unit} (V085). */
@Repository
class TokenStore {

    private static final String COLUMNS = "id, name, prefix, kind, owner_username, issued_by, scopes, created_at, "
            + "expires_at, revoked_at, last_used_at";

    private final JdbcTemplate jdbc;

    TokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Long insert(String hash, TokenInfo t) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "INSERT INTO rc_api_token (token_hash, prefix, name, kind, owner_username, issued_by, "
                                    + "scopes, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, hash);
                    ps.setString(2, t.prefix());
                    ps.setString(3, t.name());
                    ps.setString(4, t.kind());
                    ps.setString(5, t.owner());
                    ps.setString(6, t.issuedBy());
                    ps.setString(7, String.join(" ", t.scopes()));
                    ps.setTimestamp(8, Timestamp.from(t.createdAt()));
                    ps.setTimestamp(9, Timestamp.from(t.expiresAt()));
                    return ps;
                },
                keys);
        Long id = ((Number) keys.getKeyList().getFirst().values().iterator().next()).longValue();
        jdbc.batchUpdate(
                "INSERT INTO rc_api_token_unit (token_id, unit_id) VALUES (?, ?)",
                t.unitIds().stream().map(u -> new Object[] {id, u}).toList());
        return id;
    }

    Optional<TokenInfo> find(Long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rc_api_token WHERE id = ?", (rs, i) -> map(rs), id).stream()
                .findFirst()
                .map(t -> withUnits(t, units(List.of(t.id())).getOrDefault(t.id(), Set.of())));
    }

    List<TokenInfo> list(String kind, String owner) {
        List<TokenInfo> tokens = owner == null
                ? jdbc.query(
                        "SELECT " + COLUMNS + " FROM rc_api_token WHERE kind = ? ORDER BY id DESC",
                        (rs, i) -> map(rs),
                        kind)
                : jdbc.query(
                        "SELECT " + COLUMNS
                                + " FROM rc_api_token WHERE owner_username = ? AND kind = ? ORDER BY id DESC",
                        (rs, i) -> map(rs),
                        owner,
                        kind);
        if (tokens.isEmpty()) {
            return tokens;
        }
        Map<Long, Set<Long>> units = units(tokens.stream().map(TokenInfo::id).toList());
        return tokens.stream()
                .map(t -> withUnits(t, units.getOrDefault(t.id(), Set.of())))
                .toList();
    }

    /**
     * The token with this hash, its units, and whether its owner is an active administrator / active at all:
     * one statement (a row per unit), as it runs on every API call.
     */
    Optional<Found> byHash(String hash) {
        List<Found> rows = new ArrayList<>();
        Set<Long> units = new HashSet<>();
        jdbc.query(
                "SELECT t.id, t.name, t.prefix, t.kind, t.owner_username, t.issued_by, t.scopes, t.created_at, "
                        + "t.expires_at, t.revoked_at, t.last_used_at, u.administrator, u.active, tu.unit_id "
                        + "FROM rc_api_token t LEFT JOIN rc_user u ON u.username = t.owner_username "
                        + "LEFT JOIN rc_api_token_unit tu ON tu.token_id = t.id "
                        + "WHERE t.token_hash = ?",
                rs -> {
                    if (rows.isEmpty()) {
                        rows.add(new Found(map(rs), rs.getBoolean("administrator"), rs.getBoolean("active")));
                    }
                    long unit = rs.getLong("unit_id");
                    if (!rs.wasNull()) {
                        units.add(unit);
                    }
                },
                hash);
        return rows.stream()
                .findFirst()
                .map(f -> new Found(withUnits(f.token(), units), f.administrator(), f.ownerActive()));
    }

    void revoke(Long id, String by, Instant at) {
        jdbc.update(
                "UPDATE rc_api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(at),
                by,
                id);
    }

    /**
     * Records a use, at most once a minute per token (no write on every call): the statement is not even sent
     * while the use read with the token is recent.
     */
    void used(TokenInfo t, Instant at) {
        if (t.lastUsedAt() != null && t.lastUsedAt().isAfter(at.minusSeconds(60))) {
            return;
        }
        Long id = t.id();
        jdbc.update(
                "UPDATE rc_api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                Timestamp.from(at),
                id,
                Timestamp.from(at.minusSeconds(60)));
    }

    record Found(TokenInfo token, boolean administrator, boolean ownerActive) {}

    private Map<Long, Set<Long>> units(List<Long> tokenIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        String marks = String.join(",", tokenIds.stream().map(x -> "?").toList());
        jdbc.query(
                "SELECT token_id, unit_id FROM rc_api_token_unit WHERE token_id IN (" + marks + ")",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                },
                tokenIds.toArray());
        return result;
    }

    private static TokenInfo withUnits(TokenInfo t, Set<Long> units) {
        return new TokenInfo(
                t.id(),
                t.name(),
                t.prefix(),
                t.kind(),
                t.owner(),
                t.issuedBy(),
                t.scopes(),
                units,
                t.createdAt(),
                t.expiresAt(),
                t.revokedAt(),
                t.lastUsedAt());
    }

    private static TokenInfo map(ResultSet rs) throws SQLException {
        return new TokenInfo(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getString("kind"),
                rs.getString("owner_username"),
                rs.getString("issued_by"),
                new LinkedHashSet<>(Arrays.asList(rs.getString("scopes").split(" "))),
                Set.of(),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_used_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
