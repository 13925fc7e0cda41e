package org.reportcycle.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the trail: a report's timeline for whoever may see the report; chain verification for administrators. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private static final String COLUMNS =
            "seq, at, actor, on_behalf_of, unit_id, report_id, action, details, client_addr, prev_hash, hash";

    private final JdbcTemplate jdbc;
    private final AccessGuard guard;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuditQueries(JdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /**
     * The records of one report, oldest first, for the members of its unit and administrators ({@code unitId} is
     * the report's unit); not for people copied in. Client addresses are shown to administrators only.
     */
    public List<AuditRecord> forReport(Long unitId, Long reportId) {
        CurrentUser caller = guard.requireMemberRead(unitId, reportId, "audit.trail");
        List<AuditRecord> records = jdbc.query(
                "SELECT " + COLUMNS + " FROM rc_audit WHERE report_id = ? ORDER BY seq", AuditQueries::map, reportId);
        return caller.administrator()
                ? records
                : records.stream().map(AuditQueries::withoutAddress).toList();
    }

    /** Whether the caller may see a report's trail (members of its unit and administrators, not copied people). */
    public boolean maySeeTrail(Long unitId) {
        return guard.caller().canRead(unitId);
    }

    private static AuditRecord withoutAddress(AuditRecord r) {
        return new AuditRecord(
                r.seq(),
                r.at(),
                r.actor(),
                r.onBehalfOf(),
                r.unitId(),
                r.reportId(),
                r.action(),
                r.details(),
                null,
                r.prevHash(),
                r.hash());
    }

    /**
     * Re-computes every chain, streaming each in order, and checks the anchors; administrators only. Proves
     * that no record was changed or removed: the records from before the chains against {@code rc_audit_head};
     * each chain record by record (hash, predecessor's hash, place and predecessor's number) against its head in
     * {@code rc_audit_chain}; and every head an anchor listed against the record there. The first broken number
     * is the smallest number of a changed record, of a removed record (its successor names it), or of the last
     * record a head or an anchor names that is not there.
     */
    public Verification verify() {
        guard.requireAdministrator();
        ChainWalk walk = new ChainWalk();
        jdbc.query("SELECT " + COLUMNS + " FROM rc_audit WHERE chain_key IS NULL ORDER BY seq", rs -> {
            walk.accept(map(rs, 0));
        });
        Long headSeq = jdbc.queryForObject("SELECT last_seq FROM rc_audit_head WHERE id = 1", Long.class);
        Verification legacy = walk.result(headSeq == null ? 0 : headSeq);

        Map<String, Map<Long, List<Claim>>> claims = new HashMap<>();
        jdbc.query("SELECT chain_key, last_chain_seq, last_seq, last_hash FROM rc_audit_chain", rs -> {
            claims.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                    .add(new Claim(rs.getLong(3), rs.getString(4), true));
        });
        jdbc.query(
                "SELECT details FROM rc_audit WHERE chain_key = ? AND action = ?",
                rs -> {
                    anchored(rs.getString(1), claims);
                },
                AuditService.ANCHOR_CHAIN,
                AuditService.ANCHOR_ACTION);
        ChainsWalk chains = new ChainsWalk(claims);
        jdbc.query(
                "SELECT " + COLUMNS + ", chain_key, chain_seq, prev_seq FROM rc_audit WHERE chain_key IS NOT NULL "
                        + "ORDER BY chain_key, chain_seq",
                rs -> {
                    chains.accept(
                            map(rs, 0),
                            new AuditService.ChainLink(
                                    rs.getString("chain_key"), rs.getLong("chain_seq"), rs.getLong("prev_seq")));
                });
        Long broken = chains.firstBroken();
        Long first = broken;
        if (legacy.firstBroken() != null) {
            first = broken == null ? legacy.firstBroken() : Long.valueOf(Math.min(broken, legacy.firstBroken()));
        }
        return new Verification(first == null, legacy.checked() + chains.checked(), first);
    }

    /** What a head or an anchor says a chain holds at a place: the record's number and hash. */
    private record Claim(long seq, String hash, boolean head) {}

    /** Adds the heads an anchor listed ({@code {"heads":{"s3":[place, number, hash], …}}}) to the claims. */
    private void anchored(String details, Map<String, Map<Long, List<Claim>>> claims) {
        JsonNode heads = json.readTree(details).path("heads");
        for (Map.Entry<String, JsonNode> e : heads.properties()) {
            JsonNode h = e.getValue();
            claims.computeIfAbsent(e.getKey(), k -> new HashMap<>())
                    .computeIfAbsent(h.get(0).asLong(), k -> new ArrayList<>())
                    .add(new Claim(h.get(1).asLong(), h.get(2).asString(), false));
        }
    }

    /** The system-wide trail, newest first, filtered; administrators only. */
    public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
        guard.requireAdministrator();
        List<Object> args = new ArrayList<>();
        String sql =
                "SELECT " + COLUMNS + " FROM rc_audit" + where(filter, args) + " ORDER BY seq DESC LIMIT ? OFFSET ?";
        args.add(Math.max(1, Math.min(limit, 10_000)));
        args.add(Math.max(0, offset));
        return jdbc.query(sql, AuditQueries::map, args.toArray());
    }

    /** How many records the filter holds; administrators only. */
    public long count(AuditFilter filter) {
        guard.requireAdministrator();
        List<Object> args = new ArrayList<>();
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_audit" + where(filter, args), Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static String where(AuditFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (filter.unitId() != null) {
            sql.append(" AND unit_id = ?");
            args.add(filter.unitId());
        }
        if (filter.reportId() != null) {
            sql.append(" AND report_id = ?");
            args.add(filter.reportId());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" AND actor = ?");
            args.add(filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" AND action LIKE ? ESCAPE '!'");
            args.add(likePrefix(filter.action().strip()));
        }
        if (filter.from() != null) {
            sql.append(" AND at >= ?");
            args.add(filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            sql.append(" AND at < ?");
            args.add(filter.to().toEpochMilli());
        }
        return sql.toString();
    }

    /**
     * The actions that complete a step of the process: what the 已办 list shows. Comments, saves and exports are
     * work too, but they do not move a report on, so they are not "done tasks".
     */
    public static final List<String> STEP_DECISIONS = List.of(
            "report.submitted",
            "review.passed",
            "review.returned",
            "signoff.approved",
            "signoff.returned",
            "signoff.returnedToPrevious",
            "committee.recorded",
            "committee.revisionSubmitted",
            "committee.changesConfirmed",
            "committee.changesRefused",
            "report.filed",
            "office.accepted",
            "office.returned",
            "report.published",
            "signoff.addedSignerSigned");

    /**
     * The steps the signed-in person completed (已办), newest first, one page; only their own, so no other
     * check is needed. Read by the index on (actor, seq).
     */
    public List<CompletedTask> completedByMe(int offset, int limit) {
        CurrentUser me = guard.caller();
        List<Object> args = new ArrayList<>();
        args.add(me.username());
        args.addAll(STEP_DECISIONS);
        args.add(Math.max(1, Math.min(limit, 500)));
        args.add(Math.max(0, offset));
        return jdbc.query(
                "SELECT a.seq, a.report_id, a.action, a.at, a.on_behalf_of, u.name AS unit_name, c.report_year"
                        + " FROM rc_audit a LEFT JOIN rc_report r ON r.id = a.report_id"
                        + " LEFT JOIN rc_cycle c ON c.id = r.cycle_id LEFT JOIN rc_unit u ON u.id = a.unit_id"
                        + " WHERE a.actor = ? AND a.action IN (" + placeholders() + ")"
                        + " ORDER BY a.seq DESC LIMIT ? OFFSET ?",
                (rs, row) -> new CompletedTask(
                        rs.getLong("seq"),
                        (Long) rs.getObject("report_id", Long.class),
                        rs.getString("unit_name"),
                        (Integer) rs.getObject("report_year", Integer.class),
                        rs.getString("action"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("on_behalf_of")),
                args.toArray());
    }

    /** How many steps the signed-in person completed (for paging {@link #completedByMe}). */
    public long countCompletedByMe() {
        List<Object> args = new ArrayList<>();
        args.add(guard.caller().username());
        args.addAll(STEP_DECISIONS);
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action IN (" + placeholders() + ")",
                Long.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    private static String placeholders() {
        return String.join(", ", Collections.nCopies(STEP_DECISIONS.size(), "?"));
    }

    /** The actions the trail holds, for choosing one in a filter; administrators only. */
    public List<String> actions() {
        guard.requireAdministrator();
        return jdbc.queryForList("SELECT DISTINCT action FROM rc_audit ORDER BY action", String.class);
    }

    /** A prefix for LIKE with its own %, _ and the escape character ! taken literally. */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong("seq"),
                Instant.ofEpochMilli(rs.getLong("at")),
                rs.getString("actor"),
                rs.getString("on_behalf_of"),
                (Long) rs.getObject("unit_id", Long.class),
                (Long) rs.getObject("report_id", Long.class),
                rs.getString("action"),
                rs.getString("details"),
                rs.getString("client_addr"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** The result of re-computing the chain: the first broken sequence number, or null when intact. */
    public record Verification(boolean ok, long checked, Long firstBroken) {}

    /**
     * Walks the chains (records ordered by chain and place) record by record, remembering the smallest broken
     * number; what a head or an anchor claims must be found on the way.
     */
    private static final class ChainsWalk {
        private final Map<String, Map<Long, List<Claim>>> claims;
        private String chain;
        private long expectedPlace;
        private long expectedPrevSeq;
        private String expectedPrev;
        private long checked;
        private Long firstBroken;

        private final Map<String, Long> heads = new HashMap<>();

        ChainsWalk(Map<String, Map<Long, List<Claim>>> claims) {
            this.claims = claims;
            claims.forEach((c, byPlace) -> byPlace.forEach((place, found) -> {
                if (found.stream().anyMatch(Claim::head)) {
                    heads.put(c, place);
                }
            }));
        }

        void accept(AuditRecord r, AuditService.ChainLink link) {
            checked++;
            if (!link.chain().equals(chain)) {
                chain = link.chain();
                expectedPlace = 1;
                expectedPrevSeq = 0;
                expectedPrev = AuditService.GENESIS;
            }
            if (link.chainSeq() != expectedPlace || link.prevSeq() != expectedPrevSeq) {
                // a record before this one is missing: this one names its predecessor's number
                broken(link.prevSeq() == expectedPrevSeq ? r.seq() : link.prevSeq());
            } else if (!r.prevHash().equals(expectedPrev)
                    || !AuditService.hash(r, link).equals(r.hash())) {
                broken(r.seq());
            }
            for (Claim claim : claims.getOrDefault(chain, Map.of()).getOrDefault(link.chainSeq(), List.of())) {
                if (claim.seq() != r.seq() || !claim.hash().equals(r.hash())) {
                    broken(Math.min(claim.seq(), r.seq()));
                }
            }
            claims.getOrDefault(chain, new HashMap<>()).remove(link.chainSeq());
            if (link.chainSeq() > heads.getOrDefault(chain, 0L)) {
                // beyond the chain's head (or in a chain without one): not written by the application
                broken(r.seq());
            }
            expectedPlace = link.chainSeq() + 1;
            expectedPrevSeq = r.seq();
            expectedPrev = r.hash();
        }

        private void broken(long seq) {
            firstBroken = firstBroken == null ? seq : Math.min(firstBroken, seq);
        }

        long checked() {
            return checked;
        }

        /**
         * The smallest broken number, counting what heads and anchors claim but the walk did not find (a head
         * at place 0 of an empty chain claims nothing).
         */
        Long firstBroken() {
            claims.forEach((c, byPlace) -> byPlace.forEach((place, found) -> {
                if (place > 0) {
                    found.forEach(claim -> broken(claim.seq()));
                }
            }));
            return firstBroken;
        }
    }

    /** Walks the chain record by record, remembering the first break. */
    private static final class ChainWalk {
        private String expectedPrev = AuditService.GENESIS;
        private long expectedSeq = 1;
        private long checked;
        private Long firstBroken;

        void accept(AuditRecord r) {
            checked++;
            if (firstBroken != null) {
                return;
            }
            if (r.seq() != expectedSeq) {
                firstBroken = expectedSeq;
            } else if (!r.prevHash().equals(expectedPrev)
                    || !AuditService.hash(r).equals(r.hash())) {
                firstBroken = r.seq();
            }
            expectedPrev = r.hash();
            expectedSeq = r.seq() + 1;
        }

        Verification result(long headSeq) {
            if (firstBroken == null && headSeq != expectedSeq - 1) {
                firstBroken = expectedSeq;
            }
            return new Verification(firstBroken == null, checked, firstBroken);
        }
    }
}
