package org.reportcycle.opening;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Background opening, resumption and duplicate protection on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class CycleOpeningJobsMySqlTests extends CycleOpeningJobsTests {

    /**
     * Years ahead (deadlines may not lie in the past) but before 2038 (MariaDB stores Flowable's timers as
     * TIMESTAMP), consecutive for the first two (a deadline of year 1 falls in year 2), and opened by no other
     * test of the MySQL suite, which shares one database (2026–2030, 2032 and 2036 are taken).
     */
    @Override
    protected int year(int n) {
        return new int[] {0, 2033, 2034, 2035, 2037}[n];
    }
}
