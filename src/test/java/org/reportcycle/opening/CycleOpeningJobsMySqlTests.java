package org.reportcycle.opening;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Background opening, resumption and duplicate protection on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class CycleOpeningJobsMySqlTests extends CycleOpeningJobsTests {

    @Override
    protected int year(int n) {
        return 2010 + n;
    }
}
