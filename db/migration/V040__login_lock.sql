-- Failed sign-ins in a row per login name (also for names that do not exist, so a lock tells nothing
-- about which accounts exist) and the time until which the name is locked out.
CREATE TABLE rc_login_lock (
    username     VARCHAR(100) NOT NULL PRIMARY KEY,
    failed_count INT          NOT NULL DEFAULT 0,
    locked_until ${ts},
    last_failed  ${ts}
);
