-- The open user tasks of the annual-report process, keyed the way the inbox asks (README "Benchmarks", S3).
-- Written by workflow/OpenTaskListener, a Flowable event listener, in the engine's own transaction: a row appears
-- when a task is created, follows its assignee (转办) and due date (deadline moves), and goes when the task
-- is completed or deleted (withdrawal, return, process deleted). Flowable's ACT_RU_TASK stays the truth;
-- rows for tasks that existed before this table are back-filled once the engine is up (OpenTaskBackfill).
-- candidate_group: the task's candidate group (workflow/Candidates: u<unit>:<ROLE>, u<unit>:LEADER:<n>,
-- office); NULL if it has none. assignee: the one person the task was handed to, else NULL.
-- waiting_group: the candidate group while the task is handed to no one (NULL once it is): the inbox's
-- "my groups' tasks" reads it without an "assignee IS NULL" condition, which MySQL/MariaDB may serve from the
-- assignee index by reading every unassigned task when its statistics are stale (e.g. taken while nearly empty).
CREATE TABLE rc_open_task (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    report_id           BIGINT       NOT NULL,
    unit_id             BIGINT,
    task_key            VARCHAR(64)  NOT NULL,
    candidate_group     VARCHAR(128),
    assignee            VARCHAR(255),
    waiting_group       VARCHAR(128),
    created_at          ${ts}        NOT NULL,
    due_at              ${ts}
);
-- "tasks of my groups not handed to anyone, newest first": one range per group, then the creation time in
-- index order (one group's page reads only that page).
CREATE INDEX ix_open_task_waiting ON rc_open_task (waiting_group, created_at);
-- "tasks handed to me or to those I act for, newest first"
CREATE INDEX ix_open_task_assignee ON rc_open_task (assignee, created_at);
-- a report's open task (by the process instance the report runs): the step services' checks
CREATE INDEX ix_open_task_process ON rc_open_task (process_instance_id);
