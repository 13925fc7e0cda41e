-- Deadline reminders and escalations (issue 20): no longer BPMN boundary timers but a scheduled scan of the open
-- tasks' due dates (workflow/DeadlineReminders). One row per notice sent: the key (task, kind, due date) makes
-- each reminder (kind REMIND) and escalation (kind OVERDUE) go out exactly once per task and due date, however
-- many nodes scan; a moved deadline gives the task a new due date, hence a new key: the notice is armed again.
-- Rows of tasks no longer open are removed by the scan. Portable SQL: H2, MySQL/MariaDB and PostgreSQL.
CREATE TABLE rc_deadline_notice (
    task_id   VARCHAR(64) NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    due_at    ${ts}       NOT NULL,
    report_id BIGINT      NOT NULL,
    sent_at   ${ts}       NOT NULL,
    CONSTRAINT pk_deadline_notice PRIMARY KEY (task_id, kind, due_at)
);
-- the scan's range: tasks due before a moment (escalations) or within the reminder window
CREATE INDEX ix_open_task_due ON rc_open_task (due_at);
