-- The Inclusietracker's schema. The same file runs on H2 and PostgreSQL: only types and syntax
-- both understand (no SERIAL, no TEXT, no vendor functions). Every id that appears in a URL is a
-- long random value made by the application, never a sequence.

-- Coordinators: the accounts that create and close rounds. Passwords are bcrypt hashes.
CREATE TABLE coordinators (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    created_on    DATE         NOT NULL
);

-- An organisation owns its rounds, year after year (issue 14 follows them over time).
CREATE TABLE organisations (
    id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_on DATE         NOT NULL
);

CREATE TABLE organisation_coordinators (
    organisation_id VARCHAR(40) NOT NULL REFERENCES organisations (id),
    coordinator_id  VARCHAR(40) NOT NULL REFERENCES coordinators (id),
    PRIMARY KEY (organisation_id, coordinator_id)
);

-- A round: one scan of one organisation. The organisation's profile is kept per round, as it was
-- when the round ran; previous_round_id links a round to the one it follows.
CREATE TABLE rounds (
    id                VARCHAR(40)   NOT NULL PRIMARY KEY,
    organisation_id   VARCHAR(40)   NOT NULL REFERENCES organisations (id),
    previous_round_id VARCHAR(40)   REFERENCES rounds (id),
    organisation_name VARCHAR(200)  NOT NULL,
    region            VARCHAR(40)   NOT NULL,
    sector            VARCHAR(40)   NOT NULL,
    target_groups     VARCHAR(400)  NOT NULL,
    organisation_note VARCHAR(10000),
    questionnaire_id  VARCHAR(200)  NOT NULL,
    languages         VARCHAR(20)   NOT NULL,
    closes_on         DATE,
    min_respondents   INTEGER       NOT NULL,
    link_kind         VARCHAR(10)   NOT NULL,
    join_key          VARCHAR(64)   UNIQUE,
    join_code         VARCHAR(20),
    status            VARCHAR(10)   NOT NULL,
    created_on        DATE          NOT NULL,
    closed_on         DATE,
    CONSTRAINT rounds_min_respondents CHECK (min_respondents >= 3),
    CONSTRAINT rounds_link_kind CHECK (link_kind IN ('shared', 'personal')),
    CONSTRAINT rounds_status CHECK (status IN ('open', 'closed'))
);
CREATE INDEX rounds_organisation ON rounds (organisation_id);

-- A respondent's link: a personal one-time link made with the round, or one made when somebody
-- joins through the shared link. The token is the secret in the URL (256 random bits). While
-- the respondent is busy, the draft (language, role, note, answers) hangs on the token; on
-- submit the draft is deleted and only the state 'submitted' remains.
CREATE TABLE respondent_links (
    token      VARCHAR(64)    NOT NULL PRIMARY KEY,
    round_id   VARCHAR(40)    NOT NULL REFERENCES rounds (id),
    kind       VARCHAR(10)    NOT NULL,
    number     INTEGER,
    state      VARCHAR(10)    NOT NULL,
    language   VARCHAR(2),
    role       VARCHAR(20),
    note       VARCHAR(10000),
    CONSTRAINT respondent_links_kind CHECK (kind IN ('shared', 'personal')),
    CONSTRAINT respondent_links_state CHECK (state IN ('unused', 'started', 'submitted'))
);
CREATE INDEX respondent_links_round ON respondent_links (round_id);

-- 0 stands for "don't know", 1-5 for the agreement given.
CREATE TABLE draft_answers (
    token   VARCHAR(64)  NOT NULL REFERENCES respondent_links (token) ON DELETE CASCADE,
    item_id VARCHAR(200) NOT NULL,
    answer  SMALLINT     NOT NULL,
    PRIMARY KEY (token, item_id),
    CONSTRAINT draft_answers_range CHECK (answer BETWEEN 0 AND 5)
);

-- A submitted response: a fresh random id, the day only, and no reference to the link used.
CREATE TABLE responses (
    id           VARCHAR(40)    NOT NULL PRIMARY KEY,
    round_id     VARCHAR(40)    NOT NULL REFERENCES rounds (id),
    role         VARCHAR(20),
    note         VARCHAR(10000),
    submitted_on DATE           NOT NULL
);
CREATE INDEX responses_round ON responses (round_id);

CREATE TABLE response_answers (
    response_id VARCHAR(40)  NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    item_id     VARCHAR(200) NOT NULL,
    answer      SMALLINT     NOT NULL,
    PRIMARY KEY (response_id, item_id),
    CONSTRAINT response_answers_range CHECK (answer BETWEEN 0 AND 5)
);

-- Coordinator sessions: only the SHA-256 of the cookie's value is stored.
CREATE TABLE sessions (
    id_hash        VARCHAR(64) NOT NULL PRIMARY KEY,
    coordinator_id VARCHAR(40) NOT NULL REFERENCES coordinators (id) ON DELETE CASCADE,
    expires_at     BIGINT      NOT NULL
);

-- Failed logins per key (an e-mail address, a client address) in a fixed window, shared by every
-- server process.
CREATE TABLE login_failures (
    attempt_key  VARCHAR(400) NOT NULL PRIMARY KEY,
    window_start BIGINT       NOT NULL,
    failures     INTEGER      NOT NULL
);

-- Secrets every server process shares (the key that signs CSRF tokens), made on first start.
CREATE TABLE server_secrets (
    name   VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
