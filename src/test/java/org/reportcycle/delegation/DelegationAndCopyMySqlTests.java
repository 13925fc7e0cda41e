package org.reportcycle.delegation;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Delegation and copies again, on a real MySQL/MariaDB given by MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class DelegationAndCopyMySqlTests extends DelegationAndCopyTests {}
