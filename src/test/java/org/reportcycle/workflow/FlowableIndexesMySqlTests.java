package org.reportcycle.workflow;

import org.junit.jupiter.api.Tag;
import org.reportcycle.testdata.PostgresSwitch;
import org.springframework.test.context.ActiveProfiles;

/** The index on Flowable's task table on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class FlowableIndexesMySqlTests extends FlowableIndexesTests {

    @Override
    boolean expected() {
        return !PostgresSwitch.active(); // MySQL/MariaDB only; the PostgreSQL run checks that none is made
    }
}
