package org.reportcycle.workflow;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The open-task table and the inbox read from it, on a real MySQL/MariaDB (MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class OpenTaskMySqlTests extends OpenTaskTests {

    @Override
    int year() {
        return 2026;
    }

    @Override
    boolean ownYear() {
        return false;
    }
}
