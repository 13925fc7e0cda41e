package org.reportcycle.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.settings.ReportCycleSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Posts notices to their unit's group robots once the transaction that stored them has committed, on a thread of
 * its own, so a slow or unreachable robot never holds up a step. The outcome is kept on the notice
 * ({@code robot_state}, {@code robot_error}); a failed post is tried again after {@code retryBase}, doubling each
 * time, up to {@code maxAttempts} posts, then the notice stays FAILED. Each retry is claimed by one node (an
 * update that only one node's can win), so two nodes do not post it twice.
 */
@Component
class RobotDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RobotDispatcher.class);

    private final JdbcTemplate jdbc;
    private final NotificationService notices;
    private final OrganizationService organization;
    private final Map<String, RobotChannel> channels;
    private final ReportCycleSettings.Robots properties;
    private final Clock clock;
    private final String baseUrl;
    private final ScheduledExecutorService worker;

    RobotDispatcher(
            JdbcTemplate jdbc,
            NotificationService notices,
            OrganizationService organization,
            List<RobotChannel> channels,
            ReportCycleSettings.Robots properties,
            Clock clock,
            ReportCycleSettings settings) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.organization = organization;
        this.channels = channels.stream().collect(Collectors.toMap(RobotChannel::kind, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        String baseUrl = settings.noticeBaseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "robot-notices");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, properties.sweepEvery().toMillis());
        worker.scheduleWithFixedDelay(this::retryDueQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(RobotNoticesStored stored) {
        List<Long> ids = List.copyOf(stored.noticeIds());
        worker.execute(() -> ids.forEach(this::deliverQuietly));
    }

    /** Posts the notices whose retry is due; returns how many were tried. */
    int retryDue() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Map<String, Object>> due = jdbc.queryForList(
                "SELECT id, robot_attempts FROM rc_notice WHERE robot_state = ? AND robot_next_at <= ? "
                        + "ORDER BY robot_next_at LIMIT 100",
                NotificationService.RETRY,
                now);
        int tried = 0;
        for (Map<String, Object> row : due) {
            Long id = ((Number) row.get("id")).longValue();
            // claim it: only the node whose update moves the row on posts it
            int claimed = jdbc.update(
                    "UPDATE rc_notice SET robot_state = ? WHERE id = ? AND robot_state = ? AND robot_attempts = ?",
                    NotificationService.PENDING,
                    id,
                    NotificationService.RETRY,
                    ((Number) row.get("robot_attempts")).intValue());
            if (claimed == 1) {
                deliver(id);
                tried++;
            }
        }
        return tried;
    }

    /** Posts one pending notice to its unit's robots and records the outcome. */
    void deliver(Long noticeId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT recipient, unit_id, message_key, args, link, robot_attempts FROM rc_notice "
                        + "WHERE id = ? AND robot_state = ?",
                noticeId,
                NotificationService.PENDING);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> row = rows.get(0);
        int attempts = ((Number) row.get("robot_attempts")).intValue() + 1;
        List<String> errors = new ArrayList<>();
        try {
            Long unitId = ((Number) row.get("unit_id")).longValue();
            String recipient = (String) row.get("recipient");
            AppUser user = organization
                    .user(recipient)
                    .orElseThrow(() -> new IllegalStateException("no such user " + recipient));
            Locale locale = Locale.forLanguageTag(user.getLocale());
            String text =
                    notices.render((String) row.get("message_key"), notices.args((String) row.get("args")), locale);
            String link = row.get("link") == null ? baseUrl + "/" : baseUrl + "/" + row.get("link");
            List<Map<String, Object>> robots = jdbc.queryForList(
                    "SELECT kind, webhook_url, secret FROM rc_robot_channel WHERE unit_id = ? ORDER BY kind", unitId);
            if (robots.isEmpty()) {
                throw new IllegalStateException("the unit has no robot");
            }
            for (Map<String, Object> robot : robots) {
                RobotChannel channel = channels.get((String) robot.get("kind"));
                try {
                    String head = notices.render("notify.robot.text", List.of(user.getDisplayName(), text), locale);
                    channel.send(
                            (String) robot.get("webhook_url"),
                            (String) robot.get("secret"),
                            fit(head, "\n" + link, channel.maxBytes()));
                } catch (RuntimeException e) {
                    errors.add(robot.get("kind") + ": " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            errors.add(String.valueOf(e.getMessage()));
        }
        record(noticeId, attempts, errors);
    }

    /** The text cut (on a character boundary) so that text + tail fits in maxBytes of UTF-8. */
    static String fit(String text, String tail, int maxBytes) {
        int room = maxBytes - tail.getBytes(StandardCharsets.UTF_8).length;
        if (text.getBytes(StandardCharsets.UTF_8).length <= room) {
            return text + tail;
        }
        StringBuilder cut = new StringBuilder();
        int used = "…".getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > room) {
                break;
            }
            cut.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return cut + "…" + tail;
    }

    private void record(Long noticeId, int attempts, List<String> errors) {
        Instant now = Instant.now(clock);
        if (errors.isEmpty()) {
            jdbc.update(
                    "UPDATE rc_notice SET robot_state = ?, robot_error = NULL, robot_attempts = ?, robot_sent_at = ?, "
                            + "robot_next_at = NULL WHERE id = ?",
                    NotificationService.SENT,
                    attempts,
                    Timestamp.from(now),
                    noticeId);
            return;
        }
        String error = String.join("; ", errors);
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        boolean again = attempts < properties.maxAttempts();
        Duration wait = properties.retryBase().multipliedBy(1L << Math.min(attempts - 1, 20));
        log.warn("Robot post of notice {} failed (attempt {}): {}", noticeId, attempts, error);
        jdbc.update(
                "UPDATE rc_notice SET robot_state = ?, robot_error = ?, robot_attempts = ?, robot_next_at = ? "
                        + "WHERE id = ?",
                again ? NotificationService.RETRY : NotificationService.FAILED,
                error,
                attempts,
                // truncated to the column's milliseconds: rounded up, a retry due at once was not yet due for the next
                // sweep
                again ? Timestamp.from(now.plus(wait).truncatedTo(ChronoUnit.MILLIS)) : null,
                noticeId);
    }

    private void deliverQuietly(Long id) {
        try {
            deliver(id);
        } catch (RuntimeException e) {
            log.warn("Robot delivery of notice {} failed: {}", id, e.toString());
        }
    }

    private void retryDueQuietly() {
        try {
            retryDue();
        } catch (RuntimeException e) {
            log.debug("Robot retry sweep skipped: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
