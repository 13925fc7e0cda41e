package org.reportcycle.notification;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each unit's 钉钉 and 企业微信 group robots, set by administrators (audited, the secret never in the trail).
 * People choose per kind of notice whether theirs also go to their unit's robots (notification settings).
 */
@Service
public class RobotChannelService {

    public static final List<String> KINDS = List.of(DingTalkRobot.KIND, WeComRobot.KIND);

    private final JdbcTemplate jdbc;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Map<String, RobotChannel> channels;
    private final NotificationService notices;

    public RobotChannelService(
            JdbcTemplate jdbc,
            AccessGuard guard,
            ApplicationEventPublisher events,
            List<RobotChannel> channels,
            NotificationService notices) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
        this.channels = channels.stream().collect(Collectors.toMap(RobotChannel::kind, Function.identity()));
        this.notices = notices;
    }

    /** Sets (or replaces) a unit's robot of a kind. Administrators only; the address must be http(s). */
    @Transactional
    public RobotSettings configure(Long unitId, String kind, String webhookUrl, String secret) {
        guard.requireAdministrator();
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new UserFacingException("error.unknownRobotKind", kind);
        }
        if (!validUrl(webhookUrl)) {
            throw new UserFacingException("error.robotUrl");
        }
        Integer units = jdbc.queryForObject("SELECT COUNT(*) FROM rc_unit WHERE id = ?", Integer.class, unitId);
        if (units == null || units == 0) {
            throw new UserFacingException("error.unitNotFound", unitId);
        }
        String cleanSecret = secret == null || secret.isBlank() ? null : secret.trim();
        if (jdbc.update(
                        "UPDATE rc_robot_channel SET webhook_url = ?, secret = ? WHERE unit_id = ? AND kind = ?",
                        webhookUrl.trim(),
                        cleanSecret,
                        unitId,
                        k)
                == 0) {
            jdbc.update(
                    "INSERT INTO rc_robot_channel (unit_id, kind, webhook_url, secret) VALUES (?, ?, ?, ?)",
                    unitId,
                    k,
                    webhookUrl.trim(),
                    cleanSecret);
        }
        events.publishEvent(new AuditEvent(
                "robot.configured",
                unitId,
                null,
                AuditEvent.details(
                        "kind", k, "host", URI.create(webhookUrl.trim()).getHost(), "signed", cleanSecret != null)));
        return new RobotSettings(unitId, k, webhookUrl.trim(), cleanSecret != null);
    }

    /** Removes a unit's robot of a kind. Administrators only. */
    @Transactional
    public void remove(Long unitId, String kind) {
        guard.requireAdministrator();
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        if (jdbc.update("DELETE FROM rc_robot_channel WHERE unit_id = ? AND kind = ?", unitId, k) > 0) {
            events.publishEvent(new AuditEvent("robot.removed", unitId, null, AuditEvent.details("kind", k)));
        }
    }

    /** A unit's robots. Administrators only. */
    @Transactional(readOnly = true)
    public List<RobotSettings> of(Long unitId) {
        guard.requireAdministrator();
        return jdbc.query(
                "SELECT unit_id, kind, webhook_url, secret FROM rc_robot_channel WHERE unit_id = ? ORDER BY kind",
                (rs, i) -> new RobotSettings(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) != null),
                unitId);
    }

    /** Every unit's robots. Administrators only. */
    @Transactional(readOnly = true)
    public List<RobotSettings> all() {
        guard.requireAdministrator();
        return jdbc.query(
                "SELECT unit_id, kind, webhook_url, secret FROM rc_robot_channel ORDER BY unit_id, kind",
                (rs, i) -> new RobotSettings(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) != null));
    }

    /**
     * Posts a test message to a unit's robot of a kind, so that an administrator sees at once whether the address
     * and the secret are right. Administrators only; audited with the outcome; a refusal is reported with the
     * robot's own reason (e.g. 钉钉's {@code sign not match}). No transaction: the call goes out over the network.
     */
    public void sendTest(Long unitId, String kind, String unitName, Locale locale) {
        guard.requireAdministrator();
        String k = kind == null ? "" : kind.toUpperCase(Locale.ROOT);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT webhook_url, secret FROM rc_robot_channel WHERE unit_id = ? AND kind = ?", unitId, k);
        RobotChannel channel = channels.get(k);
        if (rows.isEmpty() || channel == null) {
            throw new UserFacingException("error.robotNotSet");
        }
        String text = notices.render("notify.robot.test", List.of(unitName == null ? "" : unitName), locale);
        try {
            channel.send(
                    (String) rows.get(0).get("webhook_url"),
                    (String) rows.get(0).get("secret"),
                    text);
        } catch (RobotChannel.RobotException e) {
            events.publishEvent(new AuditEvent(
                    "robot.tested", unitId, null, AuditEvent.details("kind", k, "ok", false, "error", e.getMessage())));
            throw new UserFacingException("error.robotTestFailed", e.getMessage());
        }
        events.publishEvent(new AuditEvent("robot.tested", unitId, null, AuditEvent.details("kind", k, "ok", true)));
    }

    /** Whether the unit has any robot (no access check: for storing notices inside a step). */
    boolean hasRobot(Long unitId) {
        if (unitId == null) {
            return false;
        }
        Integer n =
                jdbc.queryForObject("SELECT COUNT(*) FROM rc_robot_channel WHERE unit_id = ?", Integer.class, unitId);
        return n != null && n > 0;
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
