package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application's own index on Flowable's task table: made once the engine is up on MySQL/MariaDB, where
 * it serves the inbox; left out on H2, whose optimizer would misuse it for the candidate query.
 */
@SpringBootTest
@ActiveProfiles("test")
class FlowableIndexesTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    org.flowable.engine.ProcessEngine engine;

    /** Whether this database should carry the index. */
    boolean expected() {
        return false;
    }

    @Test
    void the_task_table_is_indexed_by_assignee_where_it_helps_and_a_second_start_changes_nothing() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(FlowableIndexes.exists(c, "ACT_RU_TASK", FlowableIndexes.TASK_ASSIGNEE))
                    .isEqualTo(expected());
        }

        new FlowableIndexes(engine, dataSource);

        try (Connection c = dataSource.getConnection()) {
            assertThat(FlowableIndexes.exists(c, "ACT_RU_TASK", FlowableIndexes.TASK_ASSIGNEE))
                    .isEqualTo(expected());
        }
    }
}
