-- A platform that hosts many organisations (issue 23): administrators, organisations that an
-- administrator makes and archives, coordinators invited by a one-time link, API tokens per
-- organisation and an audit log of who did what. The same file runs on H2 and PostgreSQL.

-- An administrator manages organisations and coordinators; a coordinator may also be one.
ALTER TABLE coordinators ADD COLUMN is_admin BOOLEAN DEFAULT FALSE NOT NULL;

-- An archived organisation keeps its rounds but takes no new ones.
ALTER TABLE organisations ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;

-- A one-time link on which an invited coordinator chooses a password: only the SHA-256 of the
-- link's secret is kept. Also what an administrator hands out instead of a forgotten password.
CREATE TABLE invitations (
    id_hash         VARCHAR(64)  NOT NULL PRIMARY KEY,
    organisation_id VARCHAR(40)  REFERENCES organisations (id) ON DELETE CASCADE,
    email           VARCHAR(320) NOT NULL,
    expires_at      BIGINT       NOT NULL
);

-- An API token of one organisation: named, stored as a SHA-256, revocable, with its last use.
CREATE TABLE api_tokens (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    organisation_id VARCHAR(40)  NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name            VARCHAR(100) NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    created_at      BIGINT       NOT NULL,
    last_used_at    BIGINT,
    revoked_at      BIGINT
);
CREATE INDEX api_tokens_organisation ON api_tokens (organisation_id);

-- Who did what and when: never anything a respondent wrote. The organisation is kept by id and
-- name as they were, so that an erased organisation's erasure is still on record.
CREATE TABLE audit_log (
    id                VARCHAR(40)  NOT NULL PRIMARY KEY,
    at_millis         BIGINT       NOT NULL,
    actor             VARCHAR(400) NOT NULL,
    action            VARCHAR(40)  NOT NULL,
    organisation_id   VARCHAR(40),
    organisation_name VARCHAR(200),
    subject           VARCHAR(400)
);
CREATE INDEX audit_log_at ON audit_log (at_millis);
