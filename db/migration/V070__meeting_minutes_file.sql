-- The minutes file (会议纪要) of a committee meeting: a PDF, Word file or scan, one per meeting.
CREATE TABLE rc_meeting_file (
    meeting_id   BIGINT       NOT NULL PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      ${blob}      NOT NULL,
    CONSTRAINT fk_meeting_file_meeting FOREIGN KEY (meeting_id) REFERENCES rc_meeting (id)
);
