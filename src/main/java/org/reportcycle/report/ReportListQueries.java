package org.reportcycle.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.Step;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports list, a page at a time: the reports the caller may see (every unit's for administrators, else
 * their own units'), of one year or all, optionally only units whose name contains a text. One projection
 * query per page; with a year it walks the (cycle, unit) index, so a page of 20,000 units is a range read.
 */
@Service
public class ReportListQueries {

    /**
     * What the list shows: a year (null for all years), a part of the unit's name (blank for any), and for the
     * API one unit and one step (null for any).
     */
    public record ListFilter(Integer year, String unitName, Long unitId, Step step) {
        public ListFilter(Integer year, String unitName) {
            this(year, unitName, null, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final AccessGuard guard;

    public ReportListQueries(JdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** Reports of the filter, newest year first, then in unit order. */
    @Transactional(readOnly = true)
    public List<ReportSummary> page(ListFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(guard.caller(), filter, args);
        if (where == null) {
            return List.of();
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "SELECT r.id, c.report_year, r.unit_id, u.name, r.title, r.step, r.step_since, r.published_at "
                        + "FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id JOIN rc_unit u ON u.id = r.unit_id"
                        + where
                        + (filter.year() == null ? " ORDER BY c.report_year DESC, r.unit_id" : " ORDER BY r.unit_id")
                        + " LIMIT ? OFFSET ?",
                (rs, i) -> new ReportSummary(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        Step.valueOf(rs.getString(6)),
                        instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8))),
                args.toArray());
    }

    /** How many reports the filter holds. */
    @Transactional(readOnly = true)
    public int count(ListFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(guard.caller(), filter, args);
        if (where == null) {
            return 0;
        }
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_report r JOIN rc_cycle c ON c.id = r.cycle_id "
                        + "JOIN rc_unit u ON u.id = r.unit_id" + where,
                Integer.class,
                args.toArray());
        return n == null ? 0 : n;
    }

    /** The years that have reports the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        CurrentUser user = guard.caller();
        if (user.administrator()) {
            return jdbc.queryForList(
                    "SELECT c.report_year FROM rc_cycle c WHERE EXISTS "
                            + "(SELECT 1 FROM rc_report r WHERE r.cycle_id = c.id) ORDER BY c.report_year DESC",
                    Integer.class);
        }
        if (user.unitIds().isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "SELECT DISTINCT c.report_year FROM rc_cycle c JOIN rc_report r ON r.cycle_id = c.id "
                        + "WHERE r.unit_id IN (" + marks(user.unitIds().size()) + ") ORDER BY c.report_year DESC",
                Integer.class,
                user.unitIds().toArray());
    }

    /** The WHERE clause for the caller and filter, its arguments added; null when the caller may see nothing. */
    private static String where(CurrentUser user, ListFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!user.administrator()) {
            if (user.unitIds().isEmpty()) {
                return null;
            }
            where.append(" AND r.unit_id IN (")
                    .append(marks(user.unitIds().size()))
                    .append(')');
            args.addAll(user.unitIds());
        }
        if (filter.year() != null) {
            where.append(" AND c.report_year = ?");
            args.add(filter.year());
        }
        if (filter.unitId() != null) {
            where.append(" AND r.unit_id = ?");
            args.add(filter.unitId());
        }
        if (filter.step() != null) {
            where.append(" AND r.step = ?");
            args.add(filter.step().name());
        }
        String name = filter.unitName() == null ? "" : filter.unitName().strip();
        if (!name.isEmpty()) {
            where.append(" AND u.name LIKE ? ESCAPE '!'");
            args.add("%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return where.toString();
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
