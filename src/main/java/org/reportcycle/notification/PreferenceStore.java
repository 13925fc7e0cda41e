package org.reportcycle.notification;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reportcycle.organization.KeptReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each person's stored choices per kind ({@code rc_notify_pref}); no row: in-app and e-mail, no robots. */
@Component
class PreferenceStore {

    private final JdbcTemplate jdbc;
    private final KeptReads kept;

    PreferenceStore(JdbcTemplate jdbc, KeptReads kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    private record ChoicesOf(String username) {}

    Preference get(String username, String kind) {
        return of(username).getOrDefault(kind, new Preference(kind, true, true));
    }

    Map<String, Preference> of(String username) {
        Map<String, Preference> found = new LinkedHashMap<>();
        jdbc.query(
                "SELECT kind, in_app, by_mail, by_robot FROM rc_notify_pref WHERE username = ?",
                rs -> {
                    found.put(
                            rs.getString(1),
                            new Preference(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)));
                },
                username);
        return found;
    }

    /**
     * The choices of many people, by username (nobody without a stored choice); kept for a few seconds
     * ({@link KeptReads}: every step writes to the people of its task), dropped when someone changes theirs.
     */
    Map<String, Map<String, Preference>> of(Collection<String> usernames) {
        return kept.getAll(usernames, ChoicesOf::new, this::read);
    }

    private Map<String, Map<String, Preference>> read(Collection<String> usernames) {
        Map<String, Map<String, Preference>> found = new HashMap<>();
        jdbc.query(
                "SELECT username, kind, in_app, by_mail, by_robot FROM rc_notify_pref WHERE username IN ("
                        + String.join(", ", Collections.nCopies(usernames.size(), "?")) + ")",
                rs -> {
                    found.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(
                                    rs.getString(2),
                                    new Preference(
                                            rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)));
                },
                usernames.toArray());
        Map<String, Map<String, Preference>> frozen = new HashMap<>();
        found.forEach((username, choices) -> frozen.put(username, Collections.unmodifiableMap(choices)));
        return frozen;
    }

    void save(String username, Preference p) {
        kept.dropAll();
        int updated = jdbc.update(
                "UPDATE rc_notify_pref SET in_app = ?, by_mail = ?, by_robot = ? WHERE username = ? AND kind = ?",
                p.inApp(),
                p.byMail(),
                p.byRobot(),
                username,
                p.kind());
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO rc_notify_pref (username, kind, in_app, by_mail, by_robot) VALUES (?, ?, ?, ?, ?)",
                    username,
                    p.kind(),
                    p.inApp(),
                    p.byMail(),
                    p.byRobot());
        }
    }
}
