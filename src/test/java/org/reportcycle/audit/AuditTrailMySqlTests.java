package org.reportcycle.audit;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Audit coverage and tamper detection on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class AuditTrailMySqlTests extends AuditTrailTests {}
