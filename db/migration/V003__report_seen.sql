-- Which version of a report each person last looked at, so reviewers see "what changed since I last saw it".
CREATE TABLE rc_report_seen (
    username   VARCHAR(100) NOT NULL,
    report_id  BIGINT       NOT NULL,
    version_no INT          NOT NULL,
    seen_at    ${ts}        NOT NULL,
    CONSTRAINT pk_report_seen PRIMARY KEY (username, report_id),
    CONSTRAINT fk_seen_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);
