-- The open user tasks of the annual-report process, keyed the way the inbox asks (README "Benchmarks", S3).
-- Written by workflow/OpenTasks, a Flowable event listener, in the engine's own transaction: a row appears
-- when a task is created, follows its assignee (转办) and due date (deadline moves), and goes when the task
-- is completed or deleted (withdrawal, return, process deleted). Flowable's ACT_RU_TASK stays the truth;
-- rows for tasks that existed before this table are back-filled once the engine is up (OpenTasks).
-- candidate_group: the task's candidate group (workflow/Candidates: u<unit>:<ROLE>, u<unit>:LEADER:<n>,
-- office); NULL if it has none. assignee: the one person the task was handed to, else NULL.
CREATE TABLE rc_open_task (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    report_id           BIGINT       NOT NULL,
    unit_id             BIGINT,
    task_key            VARCHAR(64)  NOT NULL,
    candidate_group     VARCHAR(128),
    assignee            VARCHAR(255),
    created_at          ${ts}        NOT NULL,
    due_at              ${ts}
);
-- "tasks of my groups not handed to anyone, newest first": equality on the group and on assignee IS NULL,
-- then the creation time in index order (one group's page reads only that page).
CREATE INDEX ix_open_task_group ON rc_open_task (candidate_group, assignee, created_at);
-- "tasks handed to me or to those I act for, newest first"
CREATE INDEX ix_open_task_assignee ON rc_open_task (assignee, created_at);
-- a report's open task
CREATE INDEX ix_open_task_report ON rc_open_task (report_id);
