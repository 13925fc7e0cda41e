-- Every PDF the application signed (the published report per version, each approval sheet): its SHA-256,
-- so that an uploaded copy can be told apart from the original. The published report's signed bytes are
-- kept, so every download of a version is the same file; approval sheets are only registered.
CREATE TABLE rc_signed_document (
    id          BIGINT ${identity} PRIMARY KEY,
    report_id   BIGINT       NOT NULL,
    version     INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    signer      VARCHAR(200) NOT NULL,
    demo_key    BOOLEAN      NOT NULL,
    signed_at   ${ts}        NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    content     ${blob},
    CONSTRAINT fk_signed_document_report FOREIGN KEY (report_id) REFERENCES rc_report (id)
);
CREATE UNIQUE INDEX ux_signed_document_sha ON rc_signed_document (sha256);
CREATE INDEX ix_signed_document_report ON rc_signed_document (report_id, kind, version);
