-- 钉钉 and 企业微信 group robots (README "Notifications"): per unit, set by administrators. kind: DINGTALK, WECOM.
-- webhook_url is the robot's address with its token (钉钉 access_token, 企业微信 key); secret is 钉钉's signing
-- secret (SEC…), NULL for 企业微信. Portable SQL: runs as is on H2, MySQL/MariaDB and PostgreSQL.
CREATE TABLE rc_robot_channel (
    unit_id     BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    webhook_url VARCHAR(500) NOT NULL,
    secret      VARCHAR(200),
    CONSTRAINT pk_robot_channel PRIMARY KEY (unit_id, kind),
    CONSTRAINT fk_robot_channel_unit FOREIGN KEY (unit_id) REFERENCES rc_unit (id)
);

-- Each person's choice per kind of notice: also to their unit's group robots (off unless chosen).
ALTER TABLE rc_notify_pref ADD COLUMN by_robot BOOLEAN DEFAULT FALSE NOT NULL;

-- The robot delivery of a notice, like its mail: robot_state NONE, PENDING, RETRY (robot_next_at), SENT, FAILED.
ALTER TABLE rc_notice ADD COLUMN robot_state VARCHAR(16) DEFAULT 'NONE' NOT NULL;
ALTER TABLE rc_notice ADD COLUMN robot_error VARCHAR(1000);
ALTER TABLE rc_notice ADD COLUMN robot_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE rc_notice ADD COLUMN robot_next_at ${ts};
ALTER TABLE rc_notice ADD COLUMN robot_sent_at ${ts};
CREATE INDEX ix_notice_robot ON rc_notice (robot_state, robot_next_at);
