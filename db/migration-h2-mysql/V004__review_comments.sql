-- Review comments anchored to a part and a quoted passage, with threads (replies have a parent).
-- state (threads only): OPEN, ANSWERED (the drafter fixed or explained it), RESOLVED (the reviewer accepted it)
CREATE TABLE rc_comment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT        NOT NULL,
    parent_id   BIGINT,
    part        VARCHAR(2),
    quote       VARCHAR(1000),
    body        VARCHAR(4000) NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    created_at  ${ts}         NOT NULL,
    state       VARCHAR(16),
    answer_kind VARCHAR(16),
    row_version BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_report FOREIGN KEY (report_id) REFERENCES rc_report (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES rc_comment (id)
);
CREATE INDEX ix_comment_report ON rc_comment (report_id, id);
