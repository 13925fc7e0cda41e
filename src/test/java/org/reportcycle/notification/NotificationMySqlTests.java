package org.reportcycle.notification;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** In-app notices for every step again, on a real MySQL/MariaDB given by MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class NotificationMySqlTests extends NotificationServiceTests {}
