-- Issue 19. An administrator can make a person choose a new password at their next sign-in.
ALTER TABLE rc_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Failed sign-ins per login name AND source address (the lock-out can no longer be turned against the real
-- user, who signs in from another address): the failures in a row, the current one-minute audit window and
-- how many failures it held, until when this name is blocked from this address, and the last successful
-- sign-in from it (the name's usual address).
DROP TABLE rc_login_lock;
CREATE TABLE rc_login_lock (
    username      VARCHAR(100) NOT NULL,
    source        VARCHAR(64)  NOT NULL,
    failed_count  INT          NOT NULL DEFAULT 0,
    locked_until  ${ts},
    last_failed   ${ts},
    window_start  ${ts},
    window_count  INT          NOT NULL DEFAULT 0,
    last_success  ${ts},
    CONSTRAINT pk_login_lock PRIMARY KEY (username, source)
);
CREATE INDEX ix_login_lock_source ON rc_login_lock (source, last_failed);

-- A source address that tried too many names is blocked as a whole for a while (not for the names that
-- signed in from it before: their usual address).
CREATE TABLE rc_login_source (
    source        VARCHAR(64)  NOT NULL PRIMARY KEY,
    blocked_until ${ts}
);

-- The formal name of a unit as it appears as 发布机构 on the portal (defaults to the unit's name).
ALTER TABLE rc_unit ADD COLUMN formal_name VARCHAR(200);
