package org.reportcycle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's notices (written by {@link NoticeWriter} from each {@link NotifyEvent}): each person reads, marks
 * read and chooses per kind whether to receive notices in the application, by e-mail and by the unit's robot.
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
    private final PreferenceStore preferences;
    private final Clock clock;
    private final boolean mailEnabled;
    private final JsonMapper json = JsonMapper.builder().build();

    public NotificationService(
            JdbcTemplate jdbc,
            OrganizationService organization,
            AccessGuard guard,
            MessageSource messages,
            PreferenceStore preferences,
            Clock clock,
            ReportCycleSettings settings) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.guard = guard;
        this.messages = messages;
        this.preferences = preferences;
        this.clock = clock;
        this.mailEnabled = settings.mail().enabled();
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
