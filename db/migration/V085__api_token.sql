-- API tokens (issue 17): a system's or a person's revocable credential for /api/v1 and /actuator.
-- Only the SHA-256 of the token is stored (hex); prefix is its first characters, shown to tell tokens apart.
-- kind: SYSTEM (issued by an administrator for another system) or PERSONAL (a person's own, at most their rights).
-- The token acts as owner_username, narrowed to its scopes (space separated) and, when rc_api_token_unit has
-- rows for it, to those units (the chosen units with their sub-trees, expanded when issued).
CREATE TABLE rc_api_token (
    id            BIGINT ${identity} PRIMARY KEY,
    token_hash    CHAR(64)     NOT NULL,
    prefix        VARCHAR(16)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    owner_username VARCHAR(100) NOT NULL,
    issued_by     VARCHAR(100) NOT NULL,
    scopes        VARCHAR(200) NOT NULL,
    created_at    ${ts}        NOT NULL,
    expires_at    ${ts}        NOT NULL,
    revoked_at    ${ts},
    revoked_by    VARCHAR(100),
    last_used_at  ${ts},
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_owner ON rc_api_token (owner_username, kind);

CREATE TABLE rc_api_token_unit (
    token_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    CONSTRAINT pk_api_token_unit PRIMARY KEY (token_id, unit_id),
    CONSTRAINT fk_api_token_unit_token FOREIGN KEY (token_id) REFERENCES rc_api_token (id),
    CONSTRAINT fk_api_token_unit_unit FOREIGN KEY (unit_id) REFERENCES rc_unit (id)
);
