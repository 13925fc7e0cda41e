package org.reportcycle.intervention;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Return to any earlier step on a real MySQL/MariaDB (the same process tests as on H2). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class ReturnToEarlierStepMySqlTests extends ReturnToEarlierStepTests {

    /**
     * Ahead, before 2038 (MariaDB stores Flowable's due dates as TIMESTAMP), and opened by no other test of the MySQL
     * suite, which shares one database (2025–2030 and 2032–2037 are taken).
     */
    @Override
    protected int year() {
        return 2028;
    }
}
