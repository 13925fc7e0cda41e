package org.reportcycle.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reportcycle.organization.Contacts;
import org.reportcycle.organization.Contacts.Contact;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.NotifyEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each {@link NotifyEvent} into one notice per recipient, in the publisher's transaction, so a notice exists
 * exactly when the change it tells of committed; the ones to be mailed or posted to a robot are handed over for
 * after the commit.
 */
@Component
class NoticeWriter {

    private final JdbcTemplate jdbc;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final RobotChannelService robots;
    private final PreferenceStore preferences;
    private final Clock clock;
    private final boolean mailEnabled;
    private final JsonMapper json = JsonMapper.builder().build();

    NoticeWriter(
            JdbcTemplate jdbc,
            Contacts contacts,
            ApplicationEventPublisher events,
            RobotChannelService robots,
            PreferenceStore preferences,
            Clock clock,
            ReportCycleSettings settings) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.events = events;
        this.robots = robots;
        this.preferences = preferences;
        this.clock = clock;
        this.mailEnabled = settings.mail().enabled();
    }

    /** Stores the notices; the ones to be mailed are handed to the mailer for after the commit. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(NotifyEvent event) {
        List<Long> toMail = new ArrayList<>();
        List<Long> toRobot = new ArrayList<>();
        List<String> recipients = event.recipients().stream().sorted().toList();
        if (recipients.isEmpty()) {
            return;
        }
        // the recipients and their preferences in one query each (a step notifies a few people at once);
        // notices only shown in the application go in by one batch, those the mailer or the robots need by id
        Map<String, Contact> users = contacts.of(recipients);
        Map<String, Map<String, Preference>> prefs = preferences.of(recipients);
        // the unit's robots are looked up only for someone who chose them (no choice stored: no robot)
        Boolean unitHasRobot = null;
        Timestamp now = Timestamp.from(Instant.now(clock));
        String args = json.writeValueAsString(event.args());
        List<Object[]> inAppOnly = new ArrayList<>();
        for (String recipient : recipients) {
            Contact user = users.get(recipient);
            if (user == null || !user.active()) {
                continue;
            }
            Preference pref = prefs.getOrDefault(recipient, Map.of())
                    .getOrDefault(event.kind(), new Preference(event.kind(), true, true));
            boolean mail = pref.byMail()
                    && mailEnabled
                    && user.email() != null
                    && !user.email().isBlank();
            if (pref.byRobot() && unitHasRobot == null) {
                unitHasRobot = robots.hasRobot(event.unitId());
            }
            boolean robot = pref.byRobot() && unitHasRobot;
            if (!pref.inApp() && !mail && !robot) {
                continue;
            }
            Object[] values = {
                recipient,
                event.kind(),
                event.unitId(),
                event.reportId(),
                event.messageKey(),
                args,
                event.link(),
                now,
                pref.inApp(),
                mail ? NotificationService.PENDING : NotificationService.NONE,
                robot ? NotificationService.PENDING : NotificationService.NONE
            };
            if (!mail && !robot) {
                inAppOnly.add(values);
                continue;
            }
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    con -> {
                        PreparedStatement ps = con.prepareStatement(
                                "INSERT INTO rc_notice (recipient, kind, unit_id, "
                                        + "report_id, message_key, args, link, created_at, in_app, mail_state, "
                                        + "robot_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                // the id column by name: PostgreSQL's driver returns every column for
                                // RETURN_GENERATED_KEYS
                                new String[] {"id"});
                        for (int i = 0; i < values.length; i++) {
                            ps.setObject(i + 1, values[i]);
                        }
                        return ps;
                    },
                    key);
            Long id = key.getKey().longValue();
            if (mail) {
                toMail.add(id);
            }
            if (robot) {
                toRobot.add(id);
            }
        }
        if (!inAppOnly.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO rc_notice (recipient, kind, unit_id, report_id, message_key, args, link, "
                            + "created_at, in_app, mail_state, robot_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    inAppOnly);
        }
        if (!toMail.isEmpty()) {
            events.publishEvent(new NoticesStored(toMail));
        }
        if (!toRobot.isEmpty()) {
            events.publishEvent(new RobotNoticesStored(toRobot));
        }
    }

    /** Stores the notices of many events: recipients and preferences read once, in-app notices by a batch. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(NotifyEvents batch) {
        Set<String> everyone = new TreeSet<>();
        batch.events().forEach(e -> everyone.addAll(e.recipients()));
        Map<String, Contact> users = contacts.of(everyone);
        Map<String, Map<String, Preference>> prefs = preferences.of(everyone);
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (NotifyEvent event : batch.events()) {
            String args = json.writeValueAsString(event.args());
            List<Object[]> own = new ArrayList<>();
            boolean anyMail = false;
            for (String recipient : event.recipients().stream().sorted().toList()) {
                Contact user = users.get(recipient);
                if (user == null || !user.active()) {
                    continue;
                }
                Preference pref = prefs.getOrDefault(recipient, Map.of())
                        .getOrDefault(event.kind(), new Preference(event.kind(), true, true));
                anyMail |= pref.byMail()
                                && mailEnabled
                                && user.email() != null
                                && !user.email().isBlank()
                        || pref.byRobot() && robots.hasRobot(event.unitId());
                if (pref.inApp()) {
                    own.add(new Object[] {
                        recipient,
                        event.kind(),
                        event.unitId(),
                        event.reportId(),
                        event.messageKey(),
                        args,
                        event.link(),
                        now,
                        true,
                        NotificationService.NONE
                    });
                }
            }
            if (anyMail) {
                on(event); // stored one by one, for the ids the mailer and the robots need after the commit
            } else {
                rows.addAll(own);
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_notice (recipient, kind, unit_id, report_id, message_key, args, link, "
                        + "created_at, in_app, mail_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }
}
