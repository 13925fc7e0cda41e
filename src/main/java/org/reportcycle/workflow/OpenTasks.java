package org.reportcycle.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.reportcycle.shared.Step;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the inbox from {@code rc_open_task} (kept by {@link OpenTaskListener}) joined to the reports: one
 * statement, each half served by an index — "my groups' tasks not handed to anyone" by
 * {@code (candidate_group, assignee, created_at)}, "tasks handed to me or to those I act for" by
 * {@code (assignee, created_at)} — newest first, instead of Flowable's candidate query (a semi-join over
 * its identity links, sorted after reading every match) plus a lookup of the reports.
 * The semantics are those of {@code taskCandidateGroupIn(groups)} (candidate tasks without an assignee)
 * together with {@code taskAssigneeIds(assignees)}, each limited to the page before they are merged, and
 * only tasks whose report runs that process instance, as before.
 */
@Component
class OpenTasks {

    private static final String COLUMNS = "task_id, process_instance_id, report_id, task_key, created_at, due_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OpenTasks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first {@code max} open tasks of the groups (not handed to anyone) or of the assignees, newest first. */
    List<TaskItem> inbox(Collection<String> groups, Collection<String> assignees, int max) {
        List<String> halves = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!groups.isEmpty()) {
            halves.add("(SELECT " + COLUMNS + " FROM rc_open_task WHERE candidate_group IN (" + marks(groups.size())
                    + ") AND assignee IS NULL ORDER BY created_at DESC LIMIT ?)");
            args.addAll(groups);
            args.add(max);
        }
        if (!assignees.isEmpty()) {
            halves.add("(SELECT " + COLUMNS + " FROM rc_open_task WHERE assignee IN (" + marks(assignees.size())
                    + ") ORDER BY created_at DESC LIMIT ?)");
            args.addAll(assignees);
            args.add(max);
        }
        if (halves.isEmpty()) {
            return List.of();
        }
        args.add(max);
        Instant now = Instant.now(clock);
        return jdbc.query("SELECT o.task_id, o.report_id, r.unit_id, u.name, c.report_year, r.title, o.task_key, "
                        + "o.created_at, o.due_at FROM (" + String.join(" UNION ALL ", halves) + ") o "
                        + "JOIN rc_report r ON r.id = o.report_id AND r.process_instance_id = o.process_instance_id "
                        + "JOIN rc_unit u ON u.id = r.unit_id JOIN rc_cycle c ON c.id = r.cycle_id "
                        + "ORDER BY o.created_at DESC LIMIT ?",
                (rs, i) -> {
                    Timestamp due = rs.getTimestamp(9);
                    Instant dueAt = due == null ? null : due.toInstant();
                    return new TaskItem(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), Step.ofTaskKey(rs.getString(7)).orElse(null),
                            rs.getTimestamp(8).toInstant(), dueAt, dueAt != null && dueAt.isBefore(now));
                }, args.toArray());
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
