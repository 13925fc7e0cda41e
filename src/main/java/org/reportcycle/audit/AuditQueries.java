package org.reportcycle.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail: a report's timeline for whoever may see the report; chain verification for administrators. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private static final String COLUMNS =
            "seq, at, actor, on_behalf_of, unit_id, report_id, action, details, client_addr, prev_hash, hash";

    private final JdbcTemplate jdbc;
    private final AccessGuard guard;

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

    /** Re-computes the whole chain, streaming it in sequence order; administrators only. */
    public Verification verify() {
        guard.requireAdministrator();
        ChainWalk walk = new ChainWalk();
        jdbc.query("SELECT " + COLUMNS + " FROM rc_audit ORDER BY seq", rs -> {
            walk.accept(map(rs, 0));
        });
        Long headSeq = jdbc.queryForObject("SELECT last_seq FROM rc_audit_head WHERE id = 1", Long.class);
        return walk.result(headSeq == null ? 0 : headSeq);
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
            "report.published");

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
        return String.join(", ", java.util.Collections.nCopies(STEP_DECISIONS.size(), "?"));
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
