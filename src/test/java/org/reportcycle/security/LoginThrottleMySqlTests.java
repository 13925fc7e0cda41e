package org.reportcycle.security;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** The sign-in throttle's statements (rc_login_lock, rc_login_source of V080) on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class LoginThrottleMySqlTests extends LoginThrottleTests {}
