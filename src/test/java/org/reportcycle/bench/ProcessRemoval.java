package org.reportcycle.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the benchmark's throw-away process instances by set-based DELETE statements, a chunk of instances
 * per transaction, instead of {@code RuntimeService.deleteProcessInstance} per instance (about 12 instances a
 * second under load: 20,000 took longer than the run had). Untimed set-up between the measured turns; it
 * removes the instances' runtime and history rows and the application's open-task rows, which the engine's
 * event listener would have removed. Children before parents, as the foreign keys require: identity links,
 * variables (then their byte arrays), jobs, event subscriptions, tasks, activity instances, executions from
 * the deepest up; history has no foreign keys.
 */
final class ProcessRemoval {

    private static final int CHUNK = 500;

    /** Statements over the instances of one chunk ({@code ?} stands for the chunk's id list). */
    private static final String[][] BEFORE_EXECUTIONS = {
        {"ACT_RU_IDENTITYLINK", "DELETE FROM ACT_RU_IDENTITYLINK WHERE PROC_INST_ID_ IN (?)"},
        {
            "ACT_RU_IDENTITYLINK",
            "DELETE FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (?))"
        },
        {"ACT_RU_VARIABLE", "DELETE FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_RU_EVENT_SUBSCR", "DELETE FROM ACT_RU_EVENT_SUBSCR WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_RU_TIMER_JOB", "DELETE FROM ACT_RU_TIMER_JOB WHERE PROCESS_INSTANCE_ID_ IN (?)"},
        {"ACT_RU_JOB", "DELETE FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ IN (?)"},
        {"ACT_RU_SUSPENDED_JOB", "DELETE FROM ACT_RU_SUSPENDED_JOB WHERE PROCESS_INSTANCE_ID_ IN (?)"},
        {"ACT_RU_DEADLETTER_JOB", "DELETE FROM ACT_RU_DEADLETTER_JOB WHERE PROCESS_INSTANCE_ID_ IN (?)"},
        {"ACT_RU_EXTERNAL_JOB", "DELETE FROM ACT_RU_EXTERNAL_JOB WHERE PROCESS_INSTANCE_ID_ IN (?)"},
        {"ACT_RU_ENTITYLINK", "DELETE FROM ACT_RU_ENTITYLINK WHERE SCOPE_TYPE_ = 'bpmn' AND SCOPE_ID_ IN (?)"},
        {"ACT_RU_TASK", "DELETE FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_RU_ACTINST", "DELETE FROM ACT_RU_ACTINST WHERE PROC_INST_ID_ IN (?)"},
    };

    private static final String[][] HISTORY = {
        {
            "ACT_HI_IDENTITYLINK",
            "DELETE FROM ACT_HI_IDENTITYLINK WHERE TASK_ID_ IN (SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN (?))"
        },
        {"ACT_HI_IDENTITYLINK", "DELETE FROM ACT_HI_IDENTITYLINK WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_DETAIL", "DELETE FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_VARINST", "DELETE FROM ACT_HI_VARINST WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_TSK_LOG", "DELETE FROM ACT_HI_TSK_LOG WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_COMMENT", "DELETE FROM ACT_HI_COMMENT WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_ATTACHMENT", "DELETE FROM ACT_HI_ATTACHMENT WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_ENTITYLINK", "DELETE FROM ACT_HI_ENTITYLINK WHERE SCOPE_TYPE_ = 'bpmn' AND SCOPE_ID_ IN (?)"},
        {"ACT_HI_TASKINST", "DELETE FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_ACTINST", "DELETE FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ IN (?)"},
        {"ACT_HI_PROCINST", "DELETE FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ IN (?)"},
        // the application's row per open task (workflow/OpenTaskListener removes it when the engine deletes)
        {"RC_OPEN_TASK", "DELETE FROM rc_open_task WHERE process_instance_id IN (?)"},
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Set<String> tables;

    ProcessRemoval(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tables = tables(jdbc);
    }

    /** Removes these process instances (root ids) with everything the engine keeps of them. */
    void remove(List<String> processInstanceIds) {
        for (int from = 0; from < processInstanceIds.size(); from += CHUNK) {
            List<String> chunk = processInstanceIds.subList(from, Math.min(processInstanceIds.size(), from + CHUNK));
            tx.executeWithoutResult(s -> removeChunk(chunk));
        }
    }

    /** Instances still running among these ids (0 after {@link #remove}): the removal's own check. */
    int running(List<String> processInstanceIds) {
        int n = 0;
        for (int from = 0; from < processInstanceIds.size(); from += CHUNK) {
            List<String> chunk = processInstanceIds.subList(from, Math.min(processInstanceIds.size(), from + CHUNK));
            Integer c = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ IN (" + marks(chunk.size()) + ")",
                    Integer.class,
                    chunk.toArray());
            n += c == null ? 0 : c;
        }
        return n;
    }

    private void removeChunk(List<String> chunk) {
        List<String> bytes = has("ACT_RU_VARIABLE")
                ? jdbc.queryForList(
                        "SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE WHERE BYTEARRAY_ID_ IS NOT NULL AND PROC_INST_ID_ IN ("
                                + marks(chunk.size()) + ")",
                        String.class,
                        chunk.toArray())
                : List.of();
        run(BEFORE_EXECUTIONS, chunk);
        if (!bytes.isEmpty()) {
            jdbc.update("DELETE FROM ACT_GE_BYTEARRAY WHERE ID_ IN (" + marks(bytes.size()) + ")", bytes.toArray());
        }
        removeExecutions(chunk);
        run(HISTORY, chunk);
    }

    /** Executions deepest first: a child's PARENT_ID_ / SUPER_EXEC_ must not outlive its parent's row. */
    private void removeExecutions(List<String> chunk) {
        Map<String, String> parentOf = new HashMap<>();
        jdbc.query(
                "SELECT ID_, PARENT_ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ IN (" + marks(chunk.size()) + ")",
                rs -> {
                    parentOf.put(rs.getString(1), rs.getString(2));
                },
                chunk.toArray());
        Map<Integer, List<String>> byDepth = new HashMap<>();
        for (String id : parentOf.keySet()) {
            int depth = 0;
            for (String p = parentOf.get(id); p != null && depth <= parentOf.size(); p = parentOf.get(p)) {
                depth++;
            }
            byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(id);
        }
        List<Integer> depths = new ArrayList<>(byDepth.keySet());
        depths.sort(Collections.reverseOrder());
        for (int depth : depths) {
            List<String> ids = byDepth.get(depth);
            jdbc.update("DELETE FROM ACT_RU_EXECUTION WHERE ID_ IN (" + marks(ids.size()) + ")", ids.toArray());
        }
    }

    private void run(String[][] statements, List<String> chunk) {
        for (String[] s : statements) {
            if (has(s[0])) {
                jdbc.update(s[1].replace("(?)", "(" + marks(chunk.size()) + ")"), chunk.toArray());
            }
        }
    }

    private boolean has(String table) {
        return tables.contains(table);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static Set<String> tables(JdbcTemplate jdbc) {
        Set<String> names = new HashSet<>();
        jdbc.execute((Connection c) -> {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), null, "%", null)) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return names;
    }
}
