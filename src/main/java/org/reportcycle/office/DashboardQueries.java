package org.reportcycle.office;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL: one projection row per report, filtered, ordered and paged by the database
 * (indexes on the report's cycle and step, the unit's level and parent), so that a page costs the same
 * for 200 units as for 20,000. Sub-trees are found with a recursive query.
 */
@Component
class DashboardQueries {

    /** The milestone whose deadline applies at each step, as SQL, so the deadline joins in the query. */
    private static final String MILESTONE_OF_STEP = Stream.of(Step.values())
            .filter(s -> s.milestone() != null)
            .map(s -> "WHEN '" + s.name() + "' THEN '" + s.milestone().name() + "'")
            .collect(Collectors.joining(" ", "CASE r.step ", " END"));

    private static final String SUBTREE = "WITH RECURSIVE sub (id) AS (SELECT id FROM rc_unit WHERE id = :subtree"
            + " UNION ALL SELECT c.id FROM rc_unit c JOIN sub ON c.parent_id = sub.id) ";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of rows without holders, step times and activity (the service adds those for the page only). */
    List<DashboardRow> page(
            DashboardFilter filter, LocalDate today, DashboardSort sort, boolean descending, int offset, int limit) {
        MapSqlParameterSource params =
                params(filter, today).addValue("limit", limit).addValue("offset", offset);
        String sql = prefix(filter) + "SELECT r.id, r.unit_id, u.name, u.level, r.step, d.due_date" + from(filter)
                + " ORDER BY " + sort.orderBy(descending) + " LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, i) -> row(rs, today));
    }

    int count(DashboardFilter filter, LocalDate today) {
        Integer n = jdbc.queryForObject(
                prefix(filter) + "SELECT COUNT(*)" + from(filter), params(filter, today), Integer.class);
        return n == null ? 0 : n;
    }

    /** How many reports stand at each step (the step filter itself is left out, so the chart shows all steps). */
    Map<Step, Long> stepCounts(DashboardFilter filter, LocalDate today) {
        DashboardFilter anyStep = filter.withStep(null);
        Map<Step, Long> counts = new EnumMap<>(Step.class);
        jdbc.query(
                prefix(anyStep) + "SELECT r.step, COUNT(*) AS n" + from(anyStep) + " GROUP BY r.step",
                params(anyStep, today),
                rs -> {
                    counts.put(Step.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The time of the newest audit record of each report. */
    Map<Long, Instant> lastActivity(Collection<Long> reportIds) {
        Map<Long, Instant> found = new HashMap<>();
        if (reportIds.isEmpty()) {
            return found;
        }
        jdbc.query(
                "SELECT report_id, MAX(at) FROM rc_audit WHERE report_id IN (:ids) GROUP BY report_id",
                new MapSqlParameterSource("ids", reportIds),
                rs -> {
                    found.put(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)));
                });
        return found;
    }

    private static String prefix(DashboardFilter filter) {
        return filter.subtreeOf() == null ? "" : SUBTREE;
    }

    private static String from(DashboardFilter filter) {
        StringBuilder sql = new StringBuilder(" FROM rc_report r JOIN rc_unit u ON u.id = r.unit_id"
                + " LEFT JOIN rc_deadline d ON d.cycle_id = r.cycle_id AND d.unit_level = u.level AND d.milestone = "
                + MILESTONE_OF_STEP + " WHERE r.cycle_id = :cycle");
        if (filter.level() != null) {
            sql.append(" AND u.level = :level");
        }
        if (filter.step() != null) {
            sql.append(" AND r.step = :step");
        }
        if (filter.overdueOnly()) {
            sql.append(" AND r.step <> 'PUBLISHED' AND d.due_date < :today");
        }
        if (filter.subtreeOf() != null) {
            sql.append(" AND r.unit_id IN (SELECT id FROM sub)");
        }
        return sql.toString();
    }

    private static MapSqlParameterSource params(DashboardFilter filter, LocalDate today) {
        return new MapSqlParameterSource()
                .addValue("cycle", filter.cycleId())
                .addValue(
                        "level", filter.level() == null ? null : filter.level().name())
                .addValue("step", filter.step() == null ? null : filter.step().name())
                .addValue("today", Date.valueOf(today))
                .addValue("subtree", filter.subtreeOf());
    }

    private static DashboardRow row(ResultSet rs, LocalDate today) throws SQLException {
        Step step = Step.valueOf(rs.getString(5));
        Date dueSql = rs.getDate(6);
        LocalDate due = step == Step.PUBLISHED || dueSql == null ? null : dueSql.toLocalDate();
        long days = due == null ? 0 : ChronoUnit.DAYS.between(today, due);
        return new DashboardRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                UnitLevel.valueOf(rs.getString(4)),
                step,
                null,
                due,
                days,
                due != null && days < 0,
                null,
                List.of());
    }
}
