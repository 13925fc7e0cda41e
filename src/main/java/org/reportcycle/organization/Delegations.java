package org.reportcycle.organization;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegations (委派) in force: while one runs, the delegate holds the delegator's roles in the unit
 * and sees and does their tasks; afterwards nothing remains to undo. Written by {@code flow.DelegationService}.
 */
@Component
@Transactional(readOnly = true)
public class Delegations {

    private final JdbcTemplate jdbc;
    private final KeptReads kept;

    public Delegations(JdbcTemplate jdbc, KeptReads kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** Who acts for a person on a day, by unit, as {@link KeptReads} keeps it. */
    private record DelegatesOf(String delegator, LocalDate day) {}

    /** A delegation in force: {@code delegate} acts for {@code delegator} in the unit. */
    public record Active(String delegator, String delegate, Long unitId) {}

    /** The delegations to the person in force on the day. */
    public List<Active> actingFor(String delegate, LocalDate day) {
        return jdbc.query(
                "SELECT from_user, to_user, unit_id FROM rc_delegation WHERE to_user = ? AND revoked_at IS NULL "
                        + "AND starts_on <= ? AND ends_on >= ? ORDER BY id",
                (rs, i) -> new Active(rs.getString(1), rs.getString(2), rs.getLong(3)),
                delegate,
                Date.valueOf(day),
                Date.valueOf(day));
    }

    /** Who acts for the person in the unit on the day. */
    public List<String> delegatesOf(String delegator, Long unitId, LocalDate day) {
        return jdbc.queryForList(
                "SELECT to_user FROM rc_delegation WHERE from_user = ? AND unit_id = ? "
                        + "AND revoked_at IS NULL AND starts_on <= ? AND ends_on >= ? ORDER BY id",
                String.class,
                delegator,
                unitId,
                Date.valueOf(day),
                Date.valueOf(day));
    }

    /**
     * {@link #delegatesOf} for many people at once: by delegator, then by unit, those who act for them on the
     * day (one query).
     */
    public Map<String, Map<Long, List<String>>> delegatesOf(Collection<String> delegators, LocalDate day) {
        // kept for a few seconds: every step tells the people of its task and asks who acts for them
        return kept.getAll(delegators, d -> new DelegatesOf(d, day), missing -> readDelegatesOf(missing, day));
    }

    private Map<String, Map<Long, List<String>>> readDelegatesOf(Collection<String> delegators, LocalDate day) {
        Map<String, Map<Long, List<String>>> found = new HashMap<>();
        List<Object> args = new ArrayList<>(delegators);
        args.add(Date.valueOf(day));
        args.add(Date.valueOf(day));
        jdbc.query(
                "SELECT from_user, unit_id, to_user FROM rc_delegation WHERE from_user IN ("
                        + String.join(", ", Collections.nCopies(delegators.size(), "?"))
                        + ") AND revoked_at IS NULL AND starts_on <= ? AND ends_on >= ? ORDER BY id",
                rs -> {
                    found.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                },
                args.toArray());
        // kept values are shared between threads: unmodifiable; nobody found: nobody acts for them
        Map<String, Map<Long, List<String>>> frozen = new HashMap<>();
        for (String d : delegators) {
            Map<Long, List<String>> byUnit = new HashMap<>();
            found.getOrDefault(d, Map.of()).forEach((unit, to) -> byUnit.put(unit, List.copyOf(to)));
            frozen.put(d, Map.copyOf(byUnit));
        }
        return frozen;
    }
}
