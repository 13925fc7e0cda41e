package org.reportcycle.delegation;

import static org.reportcycle.shared.AuditEvent.details;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation (委派) while absent: a member of a unit lets another member of the same unit act for them
 * from one day to another. During it the delegate holds the delegator's roles in the unit (sees and does
 * their tasks, recorded as acting for them); afterwards the tasks are the delegator's alone again.
 */
@Service
public class DelegationService {

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public DelegationService(
            JdbcTemplate jdbc,
            OrganizationService organization,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings settings) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** A delegation as its two people see it. */
    public record DelegationView(
            Long id,
            String delegator,
            String delegate,
            Long unitId,
            String unitName,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean revoked,
            boolean inForce) {}

    /** The caller lets {@code delegate}, a member of the same unit, act for them from {@code from} to {@code until}. */
    @Transactional
    public DelegationView delegate(Long unitId, String delegate, LocalDate from, LocalDate until, String reason) {
        CurrentUser caller = guard.caller();
        if (!isMember(caller.username(), unitId)) {
            throw guard.refuse(caller, "delegate", unitId, null);
        }
        Limits.atMost(reason, Limits.NOTE, "reason");
        if (until != null && until.isAfter(today().plusYears(100))) {
            throw new UserFacingException("error.delegationTooLong", until.toString(), today().plusYears(100));
        }
        if (delegate == null || delegate.equals(caller.username()) || !isMember(delegate, unitId)) {
            throw new UserFacingException("error.delegateNotAMember", String.valueOf(delegate));
        }
        LocalDate today = today();
        if (from == null || until == null || until.isBefore(from) || until.isBefore(today)) {
            throw new UserFacingException("error.delegationDates");
        }
        var key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "INSERT INTO rc_delegation (from_user, to_user, unit_id, starts_on, ends_on, "
                                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                            new String[] {"id"}); // by name: PostgreSQL returns every column otherwise
                    ps.setString(1, caller.username());
                    ps.setString(2, delegate);
                    ps.setLong(3, unitId);
                    ps.setDate(4, Date.valueOf(from));
                    ps.setDate(5, Date.valueOf(until));
                    ps.setTimestamp(6, Timestamp.from(Instant.now(clock)));
                    return ps;
                },
                key);
        long id = key.getKey().longValue();
        events.publishEvent(new AuditEvent(
                "delegation.created",
                unitId,
                null,
                details(
                        "delegation",
                        id,
                        "delegate",
                        delegate,
                        "from",
                        from.toString(),
                        "until",
                        until.toString(),
                        "reason",
                        reason)));
        events.publishEvent(NotifyEvent.of(
                Set.of(delegate),
                "delegation",
                unitId,
                null,
                "notify.msg.delegated",
                "inbox",
                caller.displayName(),
                from.toString(),
                until.toString()));
        return view(id);
    }

    /** The delegator (or an administrator) ends a delegation before its last day. */
    @Transactional
    public void revoke(Long delegationId) {
        CurrentUser caller = guard.caller();
        DelegationView d = view(delegationId);
        if (!caller.administrator() && !caller.username().equals(d.delegator())) {
            throw guard.refuse(caller, "delegation", d.unitId(), null);
        }
        jdbc.update(
                "UPDATE rc_delegation SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                Timestamp.from(Instant.now(clock)),
                delegationId);
        events.publishEvent(new AuditEvent(
                "delegation.revoked",
                d.unitId(),
                null,
                details("delegation", delegationId, "delegator", d.delegator(), "delegate", d.delegate())));
    }

    /** The delegations the caller gave or received, newest first. */
    @Transactional(readOnly = true)
    public List<DelegationView> mine() {
        CurrentUser caller = guard.caller();
        return jdbc
                .queryForList(
                        "SELECT id FROM rc_delegation WHERE from_user = ? OR to_user = ? ORDER BY id DESC",
                        Long.class,
                        caller.username(),
                        caller.username())
                .stream()
                .map(this::view)
                .toList();
    }

    private DelegationView view(Long id) {
        LocalDate today = today();
        return jdbc.query(
                "SELECT d.id, d.from_user, d.to_user, d.unit_id, u.name, d.starts_on, d.ends_on, d.revoked_at "
                        + "FROM rc_delegation d JOIN rc_unit u ON u.id = d.unit_id WHERE d.id = ?",
                rs -> {
                    if (!rs.next()) {
                        throw new NotFoundException("error.delegationNotFound", id);
                    }
                    LocalDate starts = rs.getDate(6).toLocalDate();
                    LocalDate ends = rs.getDate(7).toLocalDate();
                    boolean revoked = rs.getTimestamp(8) != null;
                    return new DelegationView(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            starts,
                            ends,
                            revoked,
                            !revoked && !today.isBefore(starts) && !today.isAfter(ends));
                },
                id);
    }

    private boolean isMember(String username, Long unitId) {
        return organization
                .user(username)
                .filter(AppUser::isActive)
                .map(u -> organization.membershipsOf(u.getId()).stream()
                        .anyMatch(m -> m.getUnitId().equals(unitId)))
                .orElse(false);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
