-- The committee's deliberation of a report, recorded by the committee secretary.
-- outcome: APPROVED, CHANGES (approved subject to changes), REJECTED
CREATE TABLE rc_meeting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT       NOT NULL,
    body        VARCHAR(100) NOT NULL,
    held_on     DATE         NOT NULL,
    session_no  VARCHAR(50),
    attendance  VARCHAR(1000),
    outcome     VARCHAR(20)  NOT NULL,
    minutes     ${clob},
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at ${ts}        NOT NULL,
    CONSTRAINT fk_meeting_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);
CREATE INDEX ix_meeting_report ON rc_meeting (report_id);
