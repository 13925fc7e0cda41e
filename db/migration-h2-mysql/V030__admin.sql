-- The administrator's command centre: participating units of a cycle, background opening jobs,
-- chases (催办), and the indexes the tracking dashboard pages with.

-- The units taking part in a cycle (chosen at set-up; the opening job creates one report for each)
CREATE TABLE rc_cycle_unit (
    cycle_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    CONSTRAINT pk_cycle_unit PRIMARY KEY (cycle_id, unit_id),
    CONSTRAINT fk_cycle_unit_cycle FOREIGN KEY (cycle_id) REFERENCES rc_cycle (id),
    CONSTRAINT fk_cycle_unit_unit FOREIGN KEY (unit_id) REFERENCES rc_unit (id)
);

-- One opening of a cycle running in the background. state: RUNNING, DONE, FAILED.
-- A RUNNING job found at start-up is resumed: the units that already have their report are skipped.
CREATE TABLE rc_cycle_job (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    cycle_id    BIGINT       NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    total       INT          NOT NULL,
    done        INT          NOT NULL DEFAULT 0,
    started_by  VARCHAR(100) NOT NULL,
    started_at  ${ts}        NOT NULL,
    finished_at ${ts},
    error       VARCHAR(1000),
    CONSTRAINT fk_cycle_job_cycle FOREIGN KEY (cycle_id) REFERENCES rc_cycle (id)
);
CREATE INDEX ix_cycle_job_state ON rc_cycle_job (state);

-- A chase (催办) sent to the people holding a report's open step
CREATE TABLE rc_chase (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id  BIGINT        NOT NULL,
    unit_id    BIGINT        NOT NULL,
    step       VARCHAR(32)   NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    recipients VARCHAR(2000) NOT NULL,
    sent_by    VARCHAR(100)  NOT NULL,
    sent_at    ${ts}         NOT NULL,
    CONSTRAINT fk_chase_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);
CREATE INDEX ix_chase_report ON rc_chase (report_id, id);

-- Dashboard paging: a cycle's reports by step, units by parent (sub-trees) and level
CREATE INDEX ix_report_cycle_step ON rc_report (cycle_id, step);
CREATE INDEX ix_unit_parent ON rc_unit (parent_id);
CREATE INDEX ix_unit_level ON rc_unit (level);
