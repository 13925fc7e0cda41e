package org.reportcycle.delegation;

import static org.reportcycle.shared.AuditEvent.details;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.ReadGrant;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies (抄送): the people of a report's unit (and administrators) copy someone in; the copied person may read
 * the report's text and comments but holds no role in it, so they cannot act, cannot copy it on and do not see
 * its audit trail. A report stays inside its circle: it may be copied only to active people of its own unit, of
 * the unit that supervises it, the supervising office's administrators, and the units {@link ReportCycleSettings.Copies} adds.
 * Anyone else, or a name nobody has, gets the same refusal (so the answer tells nothing about who exists). The
 * first time a copied person opens the report is kept as a read receipt, which the report's readers see.
 */
@Service
public class CopyService implements ReadGrant {

    private final JdbcTemplate jdbc;
    private final ReportLifecycle reports;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportCycleSettings.Copies rules;

    public CopyService(
            JdbcTemplate jdbc,
            ReportLifecycle reports,
            OrganizationService organization,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings.Copies rules) {
        this.rules = rules;
        this.jdbc = jdbc;
        this.reports = reports;
        this.organization = organization;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** A copy of a report: who sent it to whom, when, and when the recipient first opened it (null: not yet). */
    public record CopyView(
            Long reportId,
            String from,
            String to,
            String toName,
            String note,
            Instant sentAt,
            Instant firstReadAt,
            String fromName) {}

    /** The caller, who may read the report, copies {@code toUsername} in on it. */
    @Transactional
    public CopyView copy(Long reportId, String toUsername, String note) {
        Report report = reports.report(reportId);
        CurrentUser caller = guard.requireMemberRead(report.getUnitId(), reportId, "copy.onward");
        String name = Limits.atMost(toUsername == null ? "" : toUsername.strip(), Limits.USERNAME, "username");
        Limits.atMost(note, Limits.NOTE, "copyNote");
        AppUser to = organization
                .user(name)
                .filter(AppUser::isActive)
                .filter(u -> !u.getUsername().equals(caller.username()))
                .filter(u -> insideCircle(u, report.getUnitId()))
                .orElseThrow(() -> new UserFacingException("error.copyNotAllowed", name));
        Integer already = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_report_cc WHERE report_id = ? AND to_user = ?",
                Integer.class,
                reportId,
                to.getUsername());
        if (already == null || already == 0) {
            jdbc.update(
                    "INSERT INTO rc_report_cc (report_id, from_user, to_user, note, created_at) VALUES (?, ?, ?, ?, ?)",
                    reportId,
                    caller.username(),
                    to.getUsername(),
                    note,
                    Timestamp.from(Instant.now(clock)));
            events.publishEvent(new AuditEvent(
                    "report.copied", report.getUnitId(), reportId, details("to", to.getUsername(), "note", note)));
            events.publishEvent(NotifyEvent.of(
                    Set.of(to.getUsername()),
                    "cc",
                    report.getUnitId(),
                    reportId,
                    "notify.msg.cc",
                    "reports/" + reportId,
                    report.getTitle(),
                    caller.displayName()));
        }
        return copies(reportId).stream()
                .filter(c -> c.to().equals(to.getUsername()))
                .findFirst()
                .orElseThrow();
    }

    /** Whether the caller may copy the unit's reports to others (its people and administrators, not copied people). */
    public boolean mayCopy(Long unitId) {
        return guard.caller().canRead(unitId);
    }

    /** The report's copies with their read receipts, for whoever may read the report. */
    @Transactional(readOnly = true)
    public List<CopyView> copies(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return jdbc.query(
                "SELECT c.report_id, c.from_user, c.to_user, u.display_name, c.note, c.created_at, "
                        + "c.first_read_at, f.display_name FROM rc_report_cc c JOIN rc_user u ON u.username = c.to_user "
                        + "LEFT JOIN rc_user f ON f.username = c.from_user WHERE c.report_id = ? ORDER BY c.id",
                (rs, i) -> new CopyView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getString(8) == null ? rs.getString(2) : rs.getString(8)),
                reportId);
    }

    /** The reports copied to the caller, newest first. */
    @Transactional(readOnly = true)
    public List<Long> copiedToMe() {
        return jdbc.queryForList(
                "SELECT report_id FROM rc_report_cc WHERE to_user = ? ORDER BY id DESC",
                Long.class,
                guard.caller().username());
    }

    /** The caller opened the report: the first time, a copied person's read receipt is written. */
    @Transactional
    public void opened(Long reportId) {
        String me = guard.caller().username();
        int receipts = jdbc.update(
                "UPDATE rc_report_cc SET first_read_at = ? WHERE report_id = ? AND to_user = ? "
                        + "AND first_read_at IS NULL",
                Timestamp.from(Instant.now(clock)),
                reportId,
                me);
        if (receipts > 0) {
            Report report = reports.report(reportId);
            events.publishEvent(new AuditEvent("report.copyRead", report.getUnitId(), reportId, details("by", me)));
        }
    }

    /** The person belongs to the report's unit, its supervising unit, an allowed unit, or is an administrator. */
    private boolean insideCircle(AppUser person, Long unitId) {
        if (person.isAdministrator()) {
            return true;
        }
        Set<Long> circle = circle(unitId);
        return organization.membershipsOf(person.getId()).stream().anyMatch(m -> circle.contains(m.getUnitId()));
    }

    /** The units whose people may receive copies of the unit's reports: itself, its parent, configured extras. */
    private Set<Long> circle(Long unitId) {
        Set<Long> circle = new LinkedHashSet<>();
        circle.add(unitId);
        Unit unit = organization.unit(unitId);
        if (unit.getParentId() != null) {
            circle.add(unit.getParentId());
        }
        List<String> extra = rules.allowedFor(unit.getCode());
        if (!extra.isEmpty()) {
            circle.addAll(jdbc.queryForList(
                    "SELECT id FROM rc_unit WHERE code IN ("
                            + String.join(",", extra.stream().map(c -> "?").toList()) + ")",
                    Long.class,
                    extra.toArray()));
        }
        return circle;
    }

    /** Someone the caller may copy a report to, with the unit they belong to (for a picker). */
    public record CopyTarget(MemberView member, String unitName) {}

    /**
     * The people {@link #copy} would accept for this report: the active members of its circle of units, in
     * every role, but not the caller; for whoever may copy it on.
     */
    @Transactional(readOnly = true)
    public List<CopyTarget> copyTargets(Long reportId) {
        Report report = reports.report(reportId);
        CurrentUser caller = guard.requireMemberRead(report.getUnitId(), reportId, "copy.onward");
        Set<Long> circle = circle(report.getUnitId());
        Map<Long, Unit> units = organization.unitsById(circle);
        List<CopyTarget> found = new ArrayList<>();
        for (Role role : Role.values()) {
            organization
                    .members(circle, role)
                    .forEach((unitId, members) -> members.forEach(m -> found.add(new CopyTarget(
                            m, units.containsKey(unitId) ? units.get(unitId).getName() : null))));
        }
        Map<String, AppUser> users = organization.users(
                found.stream().map(t -> t.member().username()).collect(Collectors.toSet()));
        return found.stream()
                .filter(t -> !t.member().username().equals(caller.username()))
                .filter(t -> users.containsKey(t.member().username())
                        && users.get(t.member().username()).isActive())
                .toList();
    }

    @Override
    public boolean grants(String username, Long reportId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_report_cc WHERE report_id = ? AND to_user = ?",
                Integer.class,
                reportId,
                username);
        return n != null && n > 0;
    }
}
