package org.reportcycle.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.NotifyEvents;
import org.reportcycle.shared.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each {@link NotifyEvent} into one notice per recipient, in the publisher's transaction, so a
 * notice exists exactly when the change it tells of committed. Each person reads, marks read and chooses
 * per kind whether to receive notices in the application and by e-mail.
 */
@Service
public class NotificationService {

    static final String NONE = "NONE";
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String RETRY = "RETRY";

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final RobotChannelService robots;
    private final PreferenceStore preferences;
    private final Clock clock;
    private final boolean mailEnabled;
    private final JsonMapper json = JsonMapper.builder().build();

    public NotificationService(
            JdbcTemplate jdbc,
            OrganizationService organization,
            AccessGuard guard,
            MessageSource messages,
            ApplicationEventPublisher events,
            RobotChannelService robots,
            PreferenceStore preferences,
            Clock clock,
            @Value("${reportcycle.mail.enabled:false}") boolean mailEnabled) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
        this.messages = messages;
        this.events = events;
        this.robots = robots;
        this.preferences = preferences;
        this.clock = clock;
        this.mailEnabled = mailEnabled;
    }

    /** Stores the notices; the ones to be mailed are handed to the mailer for after the commit. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(NotifyEvent event) {
        List<Long> toMail = new ArrayList<>();
        List<Long> toRobot = new ArrayList<>();
        boolean unitHasRobot = robots.hasRobot(event.unitId());
        Timestamp now = Timestamp.from(Instant.now(clock));
        String args = json.writeValueAsString(event.args());
        for (String recipient : event.recipients().stream().sorted().toList()) {
            Optional<AppUser> user = organization.user(recipient).filter(AppUser::isActive);
            if (user.isEmpty()) {
                continue;
            }
            Preference pref = preferences.get(recipient, event.kind());
            boolean mail = pref.byMail()
                    && mailEnabled
                    && user.get().getEmail() != null
                    && !user.get().getEmail().isBlank();
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
                mail ? PENDING : NONE,
                robot ? PENDING : NONE
            };
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
        Map<String, AppUser> users = organization.users(everyone);
        Map<String, Map<String, Preference>> prefs = preferences.of(everyone);
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (NotifyEvent event : batch.events()) {
            String args = json.writeValueAsString(event.args());
            List<Object[]> own = new ArrayList<>();
            boolean anyMail = false;
            for (String recipient : event.recipients().stream().sorted().toList()) {
                AppUser user = users.get(recipient);
                if (user == null || !user.isActive()) {
                    continue;
                }
                Preference pref = prefs.getOrDefault(recipient, Map.of())
                        .getOrDefault(event.kind(), new Preference(event.kind(), true, true));
                anyMail |= pref.byMail()
                                && mailEnabled
                                && user.getEmail() != null
                                && !user.getEmail().isBlank()
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
                        NONE
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

    /** The caller's notices, newest first, in the language given. */
    @Transactional(readOnly = true)
    public List<NoticeView> myNotices(int max, Locale locale) {
        return myNotices(0, max, locale);
    }

    /** A page of the caller's notices, newest first, in the language given. */
    @Transactional(readOnly = true)
    public List<NoticeView> myNotices(int offset, int max, Locale locale) {
        CurrentUser user = guard.caller();
        return jdbc.query(
                "SELECT id, kind, report_id, message_key, args, link, created_at, read_at FROM rc_notice "
                        + "WHERE recipient = ? AND in_app = TRUE ORDER BY id DESC LIMIT "
                        + Math.max(0, Math.min(max, 1000)) + " OFFSET " + Math.max(0, offset),
                viewMapper(locale),
                user.username());
    }

    /** How many notices the caller has in the application. */
    @Transactional(readOnly = true)
    public long myNoticeCount() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_notice WHERE recipient = ? AND in_app = TRUE",
                Long.class,
                guard.caller().username());
        return n == null ? 0 : n;
    }

    /** How many of the caller's notices are unread. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        CurrentUser user = guard.caller();
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_notice WHERE recipient = ? AND in_app = TRUE " + "AND read_at IS NULL",
                Integer.class,
                user.username());
        return n == null ? 0 : n;
    }

    /** Marks one of the caller's notices read; another person's notice is refused. */
    @Transactional
    public void markRead(Long noticeId) {
        CurrentUser user = guard.caller();
        List<String> owner = jdbc.queryForList(
                "SELECT recipient FROM rc_notice WHERE id = ? AND in_app = TRUE", String.class, noticeId);
        if (owner.isEmpty()) {
            throw new NotFoundException("error.noticeNotFound", noticeId);
        }
        if (!owner.get(0).equals(user.username())) {
            throw guard.refuse(user, "notice", null, null);
        }
        jdbc.update(
                "UPDATE rc_notice SET read_at = ? WHERE id = ? AND read_at IS NULL",
                Timestamp.from(Instant.now(clock)),
                noticeId);
    }

    /** Marks every notice of the caller read. */
    @Transactional
    public int markAllRead() {
        CurrentUser user = guard.caller();
        return jdbc.update(
                "UPDATE rc_notice SET read_at = ? WHERE recipient = ? AND read_at IS NULL",
                Timestamp.from(Instant.now(clock)),
                user.username());
    }

    /** The caller's choices for every kind (both on where they chose nothing). */
    @Transactional(readOnly = true)
    public List<Preference> myPreferences() {
        CurrentUser user = guard.caller();
        Map<String, Preference> stored = preferences.of(user.username());
        return NoticeKind.ALL.stream()
                .map(k -> stored.getOrDefault(k, new Preference(k, true, true)))
                .toList();
    }

    /** Sets the caller's choice for a kind (the robot choice unchanged). */
    @Transactional
    public Preference setPreference(String kind, boolean inApp, boolean byMail) {
        return setPreference(
                kind,
                inApp,
                byMail,
                preferences.get(guard.caller().username(), kind).byRobot());
    }

    /** Sets the caller's choice for a kind, robots included. */
    @Transactional
    public Preference setPreference(String kind, boolean inApp, boolean byMail, boolean byRobot) {
        CurrentUser user = guard.caller();
        if (!NoticeKind.ALL.contains(kind)) {
            throw new UserFacingException("error.unknownNoticeKind", kind);
        }
        preferences.save(user.username(), new Preference(kind, inApp, byMail, byRobot));
        return new Preference(kind, inApp, byMail, byRobot);
    }

    /** Whether e-mail is switched on for this installation. */
    public boolean mailEnabled() {
        return mailEnabled;
    }

    /** A notice's text in the language given; arguments that are message keys are translated too. */
    String render(String messageKey, List<String> args, Locale locale) {
        Object[] resolved =
                args.stream().map(a -> messages.getMessage(a, null, a, locale)).toArray();
        return messages.getMessage(messageKey, resolved, messageKey, locale);
    }

    List<String> args(String jsonArgs) {
        return jsonArgs == null ? List.of() : json.readValue(jsonArgs, new TypeReference<List<String>>() {});
    }

    private RowMapper<NoticeView> viewMapper(Locale locale) {
        return (rs, i) -> new NoticeView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getObject("report_id") == null ? null : rs.getLong("report_id"),
                render(rs.getString("message_key"), args(rs.getString("args")), locale),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null);
    }
}
