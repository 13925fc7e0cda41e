-- In-app notices, one per recipient, and the mail sent for them (mail_state: NONE, PENDING, SENT, FAILED).
-- args is a JSON array of texts; each that is a message key is translated when the notice is shown.
CREATE TABLE rc_notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(100) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    unit_id     BIGINT,
    report_id   BIGINT,
    message_key VARCHAR(100) NOT NULL,
    args        ${clob},
    link        VARCHAR(300),
    created_at  ${ts}        NOT NULL,
    in_app      BOOLEAN      NOT NULL,
    read_at     ${ts},
    mail_state  VARCHAR(16)  NOT NULL,
    mail_error  VARCHAR(1000),
    mailed_at   ${ts}
);
CREATE INDEX ix_notice_recipient ON rc_notice (recipient, in_app, read_at);
CREATE INDEX ix_notice_mail ON rc_notice (mail_state);

-- What each person wants to receive per kind of notice; no row means both.
CREATE TABLE rc_notify_pref (
    username VARCHAR(100) NOT NULL,
    kind     VARCHAR(32)  NOT NULL,
    in_app   BOOLEAN      NOT NULL,
    by_mail  BOOLEAN      NOT NULL,
    CONSTRAINT pk_notify_pref PRIMARY KEY (username, kind)
);

-- Escalations: the report passed a milestone's deadline while at a step of that milestone.
CREATE TABLE rc_report_overdue (
    report_id    BIGINT      NOT NULL,
    milestone    VARCHAR(32) NOT NULL,
    escalated_at ${ts}       NOT NULL,
    CONSTRAINT pk_report_overdue PRIMARY KEY (report_id, milestone),
    CONSTRAINT fk_overdue_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);
