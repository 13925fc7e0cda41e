package org.reportcycle.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.reportcycle.security.AccessGuard;
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

    /** The records of one report, oldest first. {@code unitId} is the report's unit, checked for read access. */
    public List<AuditRecord> forReport(Long unitId, Long reportId) {
        guard.requireRead(unitId, reportId);
        return jdbc.query("SELECT " + COLUMNS + " FROM rc_audit WHERE report_id = ? ORDER BY seq", AuditQueries::map,
                reportId);
    }

    /** Re-computes the whole chain; administrators only. */
    public Verification verify() {
        guard.requireAdministrator();
        String expectedPrev = AuditService.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        for (AuditRecord r : jdbc.query("SELECT " + COLUMNS + " FROM rc_audit ORDER BY seq", AuditQueries::map)) {
            checked++;
            if (r.seq() != expectedSeq || !r.prevHash().equals(expectedPrev) || !AuditService.hash(r).equals(r.hash())) {
                return new Verification(false, checked, r.seq() != expectedSeq ? expectedSeq : r.seq());
            }
            expectedPrev = r.hash();
            expectedSeq++;
        }
        Long headSeq = jdbc.queryForObject("SELECT last_seq FROM rc_audit_head WHERE id = 1", Long.class);
        if (headSeq != null && headSeq != expectedSeq - 1) {
            return new Verification(false, checked, expectedSeq);
        }
        return new Verification(true, checked, null);
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("on_behalf_of"), (Long) rs.getObject("unit_id", Long.class),
                (Long) rs.getObject("report_id", Long.class), rs.getString("action"), rs.getString("details"),
                rs.getString("client_addr"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The result of re-computing the chain. */
    public record Verification(boolean ok, long checked, Long firstBroken) {}
}
