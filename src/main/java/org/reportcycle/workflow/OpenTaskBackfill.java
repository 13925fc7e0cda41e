package org.reportcycle.workflow;

import java.util.List;
import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills {@code rc_open_task} with the tasks that were open before the table existed (an installation
 * upgraded to V071), once the engine is up: Flyway runs before Flowable creates its tables on a fresh
 * database, so a migration cannot read them. Runs only when the table is empty while the annual-report
 * process has open tasks; afterwards {@link OpenTaskListener} keeps it. Built while the engine-start
 * cluster lock is held ({@link EngineStartLock}: every singleton is built under it), so two nodes starting
 * together do not both fill it.
 */
@Component
class OpenTaskBackfill {

    private static final Logger log = LoggerFactory.getLogger(OpenTaskBackfill.class);

    /** Takes the engine only to be built after it (its tables exist then). */
    OpenTaskBackfill(ProcessEngine engine, JdbcTemplate jdbc) {
        fill(jdbc);
    }

    /** @return how many rows were written */
    static int fill(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM rc_open_task", Integer.class) > 0) {
            return 0;
        }
        // The report (and its unit) by the process instance it runs: tasks of processes no report runs are not
        // in anyone's inbox (WorkflowService.inbox never showed them either)
        List<Object[]> rows = jdbc.query(
                "SELECT t.ID_, t.PROC_INST_ID_, r.id, r.unit_id, t.TASK_DEF_KEY_, "
                        + "(SELECT MIN(l.GROUP_ID_) FROM ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_ "
                        + "AND l.TYPE_ = 'candidate'), t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_ "
                        + "FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
                        + "JOIN rc_report r ON r.process_instance_id = t.PROC_INST_ID_ WHERE d.KEY_ = ?",
                (rs, i) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(7) == null ? rs.getString(6) : null,
                    rs.getTimestamp(8),
                    rs.getTimestamp(9)
                },
                WorkflowService.PROCESS_KEY);
        if (rows.isEmpty()) {
            return 0;
        }
        for (int from = 0; from < rows.size(); from += 500) {
            jdbc.batchUpdate(
                    "INSERT INTO rc_open_task (task_id, process_instance_id, report_id, unit_id, task_key, "
                            + "candidate_group, assignee, waiting_group, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 500)));
        }
        log.info("rc_open_task: back-filled {} open tasks of the running processes", rows.size());
        return rows.size();
    }
}
