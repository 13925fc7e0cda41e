-- Delegation (委派): from_user's tasks in unit_id may be done by to_user from starts_on to ends_on (inclusive).
CREATE TABLE rc_delegation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_user  VARCHAR(100) NOT NULL,
    to_user    VARCHAR(100) NOT NULL,
    unit_id    BIGINT       NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_at ${ts}        NOT NULL,
    revoked_at ${ts},
    CONSTRAINT fk_delegation_unit FOREIGN KEY (unit_id) REFERENCES rc_unit (id)
);
CREATE INDEX ix_delegation_to ON rc_delegation (to_user, ends_on);

-- Copies (抄送): to_user may read the report; first_read_at is the read receipt the sender sees.
CREATE TABLE rc_report_cc (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT       NOT NULL,
    from_user     VARCHAR(100) NOT NULL,
    to_user       VARCHAR(100) NOT NULL,
    note          VARCHAR(1000),
    created_at    ${ts}        NOT NULL,
    first_read_at ${ts},
    CONSTRAINT uq_report_cc UNIQUE (report_id, to_user),
    CONSTRAINT fk_cc_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);
CREATE INDEX ix_cc_to ON rc_report_cc (to_user);

-- Each person's standard opinions (常用意见), offered in the opinion fields.
CREATE TABLE rc_canned_opinion (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    sort_no  INT          NOT NULL,
    opinion  VARCHAR(500) NOT NULL
);
CREATE INDEX ix_canned_user ON rc_canned_opinion (username, sort_no);
