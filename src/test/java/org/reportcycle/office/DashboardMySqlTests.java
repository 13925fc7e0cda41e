package org.reportcycle.office;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's SQL (recursive sub-trees, the step-to-deadline join, paging) on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class DashboardMySqlTests extends DashboardTests {

    @Override
    protected int year(int n) {
        return 2026 + n;
    }
}
