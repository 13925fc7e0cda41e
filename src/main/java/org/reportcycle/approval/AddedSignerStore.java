package org.reportcycle.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportcycle.approval.AddedSigner.Placement;
import org.reportcycle.workflow.Decision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The rows of {@code rc_added_signer} (V145): the additions at sign-off, oldest first. */
@Component
class AddedSignerStore {

    /** A row as stored; {@code then} is the leader's decision an AFTER addition carries out, else null. */
    record Row(
            long id,
            String taskId,
            String addedBy,
            String added,
            Placement placement,
            String reason,
            Decision then,
            Instant addedAt,
            Instant signedAt,
            String opinion) {}

    private static final String COLUMNS =
            "id, task_id, added_by, added_user, placement, reason, then_decision, added_at, signed_at, opinion";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AddedSignerStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(
            Long reportId,
            String taskId,
            String addedBy,
            String added,
            Placement placement,
            String reason,
            Decision then) {
        jdbc.update(
                "INSERT INTO rc_added_signer (report_id, task_id, added_by, added_user, placement, reason, "
                        + "then_decision, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                reportId,
                taskId,
                addedBy,
                added,
                placement.name(),
                reason,
                then == null ? null : then.name(),
                Timestamp.from(Instant.now(clock)));
    }

    /** The report's additions, oldest first. */
    List<Row> ofReport(Long reportId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM rc_added_signer WHERE report_id = ? ORDER BY id",
                AddedSignerStore::row,
                reportId);
    }

    /** The report's latest addition not signed yet (open while its task waits, see {@code AddedSigners}). */
    Optional<Row> latestUnsigned(Long reportId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM rc_added_signer WHERE report_id = ? AND signed_at IS NULL "
                                + "ORDER BY id DESC",
                        AddedSignerStore::row,
                        reportId)
                .stream()
                .findFirst();
    }

    /** Who was added at a task already: nobody is added twice to the same turn. */
    List<String> addedAt(String taskId) {
        return jdbc.queryForList("SELECT added_user FROM rc_added_signer WHERE task_id = ?", String.class, taskId);
    }

    void signed(long id, String opinion) {
        jdbc.update(
                "UPDATE rc_added_signer SET signed_at = ?, opinion = ? WHERE id = ?",
                Timestamp.from(Instant.now(clock)),
                opinion,
                id);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp signed = rs.getTimestamp(9);
        String then = rs.getString(7);
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Placement.valueOf(rs.getString(5)),
                rs.getString(6),
                then == null ? null : Decision.valueOf(then),
                rs.getTimestamp(8).toInstant(),
                signed == null ? null : signed.toInstant(),
                rs.getString(10));
    }
}
