package org.reportcycle.intervention;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Return to any earlier step on a real MySQL/MariaDB (the same process tests as on H2). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class ReturnToEarlierStepMySqlTests extends ReturnToEarlierStepTests {

    /**
     * Ahead, before 2038 (MariaDB stores Flowable's due dates as TIMESTAMP), and opened by no other test of the MySQL
     * suite, which shares one database (2015–2037 are taken; TestData opens past years too, the deadline scan is off in tests).
     */
    @Override
    protected int year() {
        return 2012;
    }
}
