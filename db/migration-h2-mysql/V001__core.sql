-- ReportCycle's own tables. Flowable creates and owns its ACT_* tables.
-- Placeholders: ${ts} is a millisecond timestamp type, ${clob} a long text type (see application*.properties).

CREATE TABLE rc_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(32)  NOT NULL,
    parent_id   BIGINT,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES rc_unit (id)
);

CREATE TABLE rc_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    email         VARCHAR(200),
    locale        VARCHAR(10)  NOT NULL DEFAULT 'zh',
    administrator BOOLEAN      NOT NULL DEFAULT FALSE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_user_username UNIQUE (username)
);

-- role: DRAFTER, LEGAL, LEADER, SECRETARY; sign_order orders the leaders (1 = 分管领导 first)
CREATE TABLE rc_membership (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    unit_id    BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    sign_order INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_membership UNIQUE (user_id, unit_id, role),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES rc_user (id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES rc_unit (id)
);
CREATE INDEX ix_membership_unit ON rc_membership (unit_id, role);

CREATE TABLE rc_cycle (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_year INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    opened_at   ${ts}        NOT NULL,
    CONSTRAINT uq_cycle_year UNIQUE (report_year)
);

-- milestone: DRAFT, LEGAL_REVIEW, SIGNOFF, COMMITTEE, REPORT_UP, PUBLICATION
CREATE TABLE rc_deadline (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cycle_id   BIGINT      NOT NULL,
    unit_level VARCHAR(32) NOT NULL,
    milestone  VARCHAR(32) NOT NULL,
    due_date   DATE        NOT NULL,
    CONSTRAINT uq_deadline UNIQUE (cycle_id, unit_level, milestone),
    CONSTRAINT fk_deadline_cycle FOREIGN KEY (cycle_id) REFERENCES rc_cycle (id)
);

CREATE TABLE rc_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    cycle_id            BIGINT       NOT NULL,
    unit_id             BIGINT       NOT NULL,
    title               VARCHAR(300) NOT NULL,
    step                VARCHAR(32)  NOT NULL,
    step_since          ${ts}        NOT NULL,
    process_instance_id VARCHAR(64),
    current_version     INT          NOT NULL DEFAULT 0,
    row_version         BIGINT       NOT NULL DEFAULT 0,
    index_no            VARCHAR(100),
    issuer              VARCHAR(200),
    written_on          DATE,
    published_at        ${ts},
    CONSTRAINT uq_report_cycle_unit UNIQUE (cycle_id, unit_id),
    CONSTRAINT fk_report_cycle FOREIGN KEY (cycle_id) REFERENCES rc_cycle (id),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES rc_unit (id)
);
CREATE INDEX ix_report_step ON rc_report (step);
CREATE INDEX ix_report_unit ON rc_report (unit_id);

-- part: 1..5 or R; the current text of each part, optimistically locked
CREATE TABLE rc_report_part (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT     NOT NULL,
    part        VARCHAR(2) NOT NULL,
    content     ${clob}    NOT NULL,
    row_version BIGINT     NOT NULL DEFAULT 0,
    CONSTRAINT uq_report_part UNIQUE (report_id, part),
    CONSTRAINT fk_part_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);

-- every save is a version; content is the title and parts as JSON
CREATE TABLE rc_report_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT       NOT NULL,
    version_no   INT          NOT NULL,
    author       VARCHAR(100) NOT NULL,
    created_at   ${ts}        NOT NULL,
    reason       VARCHAR(32)  NOT NULL,
    note         VARCHAR(1000),
    content_hash VARCHAR(64)  NOT NULL,
    content      ${clob}      NOT NULL,
    CONSTRAINT uq_report_version UNIQUE (report_id, version_no),
    CONSTRAINT fk_version_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);

-- append-only, hash-chained audit trail; seq is assigned under the lock on rc_audit_head.
-- at is epoch milliseconds (UTC): the hashed value must read back exactly on every database and driver
-- (Connector/J drops the milliseconds of a DATETIME(3) when MariaDB reports itself as MySQL 5.5).
CREATE TABLE rc_audit (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    at           BIGINT       NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    on_behalf_of VARCHAR(100),
    unit_id      BIGINT,
    report_id    BIGINT,
    action       VARCHAR(64)  NOT NULL,
    details      ${clob},
    client_addr  VARCHAR(64),
    prev_hash    VARCHAR(64)  NOT NULL,
    hash         VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_audit_report ON rc_audit (report_id, seq);
CREATE INDEX ix_audit_unit ON rc_audit (unit_id, seq);

CREATE TABLE rc_audit_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO rc_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
