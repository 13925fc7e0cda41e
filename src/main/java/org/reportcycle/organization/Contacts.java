package org.reportcycle.organization;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How to reach people: their e-mail and whether the account is active, for those who send them something
 * (notices). One statement without a transaction of its own and without entities: a step tells a
 * few people at once, and reading them as entities inside the step's transaction (a query translated anew for each
 * list length, then dirty-checked at every later flush) cost more than the read itself.
 */
@Component
public class Contacts {

    /** A person as those who write to them need them. */
    public record Contact(String username, String email, boolean active) {}

    private final JdbcTemplate jdbc;
    private final KeptReads kept;

    Contacts(JdbcTemplate jdbc, KeptReads kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    private record ContactOf(String username) {}

    /**
     * The people of these usernames (unknown ones left out), by username; kept for a few seconds ({@link KeptReads}:
     * every step writes to the people of its task).
     */
    public Map<String, Contact> of(Collection<String> usernames) {
        return kept.getAll(usernames, ContactOf::new, this::read);
    }

    private Map<String, Contact> read(Collection<String> usernames) {
        Map<String, Contact> found = new HashMap<>();
        jdbc.query(
                "SELECT username, email, active FROM rc_user WHERE username IN ("
                        + String.join(", ", Collections.nCopies(usernames.size(), "?")) + ")",
                rs -> {
                    found.put(rs.getString(1), new Contact(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                },
                usernames.toArray());
        return found;
    }
}
