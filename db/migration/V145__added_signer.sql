-- 加签 (issue 20 item 4): a leader at sign-off asks another person of the unit for their opinion, before their own
-- decision (BEFORE: the added person signs first, then the task comes back) or after it (AFTER: the leader's
-- approval waits for the added person's signature, then takes effect). One row per addition, written by
-- approval/AddedSigners; the open task itself is handed over through Flowable's delegation (workflow). The audit
-- trail holds the record; this table holds what the open addition needs: who, to whom, which task, and for AFTER
-- the leader's decision to carry out. A row whose task is gone (an administrator moved the report) is simply
-- no longer open. Portable SQL: H2, MySQL/MariaDB and PostgreSQL.
CREATE TABLE rc_added_signer (
    id            BIGINT ${identity} PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    task_id       VARCHAR(64)   NOT NULL,
    added_by      VARCHAR(64)   NOT NULL,
    added_user    VARCHAR(64)   NOT NULL,
    placement     VARCHAR(8)    NOT NULL,
    reason        VARCHAR(2000),
    then_decision VARCHAR(16),
    added_at      ${ts}         NOT NULL,
    signed_at     ${ts},
    opinion       VARCHAR(2000)
);
-- the report's latest addition (the open one) and the additions at one task (no one added twice)
CREATE INDEX ix_added_signer_report ON rc_added_signer (report_id, id);
CREATE INDEX ix_added_signer_task ON rc_added_signer (task_id);
