package org.reportcycle.office;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The deadline timers and deadline moves again, on a real MySQL/MariaDB given by MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class DeadlineTimerMySqlTests extends DeadlineTimerTests {}
