package org.reportcycle.audit;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** 8 threads performing 10,000 mixed actions on a real MySQL/MariaDB, then the chain verifies. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class AuditConcurrencyMySqlTests extends AuditConcurrencyTests {

    @Override
    int actions() {
        return 10_000;
    }
}
