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
 * statement, each condition served by an index (MariaDB merges the two: {@code sort_union}) — "my groups' tasks
 * not handed to anyone" by {@code (waiting_group, created_at)}, "tasks handed to me or to those I act for" by
 * {@code (assignee, created_at)} — newest first, instead of Flowable's candidate query (a semi-join over
 * its identity links, sorted after reading every match) plus a lookup of the reports.
 * The semantics are those of Flowable's {@code taskCandidateGroupIn(groups)} (candidate tasks without an
 * assignee) together with {@code taskAssigneeIds(person and delegators)} (the newest page of both together is
 * the newest page of each page merged), and only tasks whose report runs that process instance, as before.
 */
@Component
class OpenTasks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OpenTasks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The first {@code max} open tasks of the groups (not handed to anyone), or handed to one of the assignees —
     * the person and those they act for under a delegation in force today, as the caller was resolved with them
     * — newest first. One statement outside any transaction: one round trip, one SELECT (the two sets and the
     * delegations used to be three halves of a UNION in a derived table, which MariaDB wrote to a temporary table
     * on every inbox; a unit's group holds a few open tasks, so reading all of a person's and sorting them is
     * cheaper than the per-half pages were).
     */
    List<TaskItem> inbox(Collection<String> groups, Collection<String> assignees, int max) {
        List<Object> args = new ArrayList<>();
        String where = "o.assignee IN (" + marks(assignees.size()) + ")";
        if (!groups.isEmpty()) {
            where = "(o.waiting_group IN (" + marks(groups.size()) + ") OR " + where + ")";
            args.addAll(groups);
        }
        args.addAll(assignees);
        args.add(max);
        Instant now = Instant.now(clock);
        // LEFT JOINs keep the open tasks first in the join order: with inner joins MariaDB, on statistics taken
        // while the reports were being written, drove the join from every report of every cycle (13 ms instead of
        // 0.5). A task whose report does not run its process instance is left out here, after the page was cut,
        // as the Flowable-based inbox did.
        List<TaskItem> items = new ArrayList<>();
        jdbc.query(
                "SELECT o.task_id, o.report_id, r.unit_id, u.name, c.report_year, r.title, o.task_key, "
                        + "o.created_at, o.due_at, r.id FROM rc_open_task o "
                        + "LEFT JOIN rc_report r ON r.id = o.report_id AND r.process_instance_id = o.process_instance_id "
                        + "LEFT JOIN rc_unit u ON u.id = r.unit_id LEFT JOIN rc_cycle c ON c.id = r.cycle_id "
                        + "WHERE " + where + " ORDER BY o.created_at DESC LIMIT ?",
                rs -> {
                    if (rs.getObject(10) == null) {
                        return;
                    }
                    Timestamp due = rs.getTimestamp(9);
                    Instant dueAt = due == null ? null : due.toInstant();
                    items.add(new TaskItem(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getInt(5),
                            rs.getString(6),
                            Step.ofTaskKey(rs.getString(7)).orElse(null),
                            rs.getTimestamp(8).toInstant(),
                            dueAt,
                            dueAt != null && dueAt.isBefore(now)));
                },
                args.toArray());
        return items;
    }

    /** An open task as the table holds it: enough to check who may act and to tell them. */
    record Row(String taskId, String taskKey, String candidateGroup, String assignee) {}

    /** The open tasks of a process instance (one at a time in the annual-report process, one per co-signer at 会签). */
    List<Row> ofProcess(String processInstanceId) {
        return jdbc.query(
                "SELECT task_id, task_key, candidate_group, assignee FROM rc_open_task "
                        + "WHERE process_instance_id = ?",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                processInstanceId);
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
