package org.reportcycle.opinion;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's standard opinions (常用意见) such as 同意 or 请按意见修改, offered in the opinion and reason
 * fields of the review and sign-off dialogs. Until someone saves their own list they get the defaults.
 */
@Service
public class CannedOpinionService {

    /** Offered to people who have not saved a list of their own. */
    public static final List<String> DEFAULTS = List.of("同意", "原则同意", "同意，请按程序报送", "请按意见修改", "请补充完善后重新报送");

    static final int MAX_ITEMS = 30;
    static final int MAX_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public CannedOpinionService(JdbcTemplate jdbc, AccessGuard guard, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
    }

    /** The caller's standard opinions in their order. */
    @Transactional(readOnly = true)
    public List<String> mine() {
        CurrentUser user = guard.caller();
        List<String> own = jdbc.queryForList(
                "SELECT opinion FROM rc_canned_opinion WHERE username = ? ORDER BY sort_no",
                String.class,
                user.username());
        Integer saved = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_canned_opinion WHERE username = ? AND sort_no = -1",
                Integer.class,
                user.username());
        return own.isEmpty() && (saved == null || saved == 0)
                ? DEFAULTS
                : own.stream().filter(o -> !o.isEmpty()).toList();
    }

    /** Replaces the caller's list; blank lines are dropped, each opinion at most 500 characters, at most 30. */
    @Transactional
    public List<String> save(List<String> opinions) {
        CurrentUser user = guard.caller();
        List<String> clean = new ArrayList<>();
        for (String o : opinions == null ? List.<String>of() : opinions) {
            String s = o == null ? "" : o.strip();
            if (s.isEmpty() || clean.contains(s)) {
                continue;
            }
            if (s.length() > MAX_LENGTH) {
                throw new UserFacingException("error.opinionTooLong", MAX_LENGTH);
            }
            clean.add(s);
        }
        if (clean.size() > MAX_ITEMS) {
            throw new UserFacingException("error.tooManyOpinions", MAX_ITEMS);
        }
        jdbc.update("DELETE FROM rc_canned_opinion WHERE username = ?", user.username());
        // a marker row (sort_no -1, empty) remembers that the person chose their list, even an empty one
        jdbc.update("INSERT INTO rc_canned_opinion (username, sort_no, opinion) VALUES (?, -1, '')", user.username());
        for (int i = 0; i < clean.size(); i++) {
            jdbc.update(
                    "INSERT INTO rc_canned_opinion (username, sort_no, opinion) VALUES (?, ?, ?)",
                    user.username(),
                    i,
                    clean.get(i));
        }
        events.publishEvent(new AuditEvent("opinions.saved", null, null, AuditEvent.details("count", clean.size())));
        return List.copyOf(clean);
    }
}
