-- Team sessions (issue 14): the coordinator leads a closed round's team through its deck of cards on
-- a shared screen; participants join on their phones by a short code and place themselves again
-- on each card. Everything is stored as it is entered, so a closed browser or a second server
-- process loses nothing. The same file runs on H2 and PostgreSQL.

-- One session per round. deck_json is the deck dealt when the session started (the library's
-- Deck as JSON), so the cards do not change under the team if the rules change later.
CREATE TABLE team_sessions (
    id         VARCHAR(40)      NOT NULL PRIMARY KEY,
    round_id   VARCHAR(40)      NOT NULL UNIQUE REFERENCES rounds (id),
    join_code  VARCHAR(20)      NOT NULL UNIQUE,
    deck_json  VARCHAR(1000000) NOT NULL,
    card_count INTEGER          NOT NULL,
    position   INTEGER          NOT NULL,
    status     VARCHAR(10)      NOT NULL,
    started_on DATE             NOT NULL,
    ended_on   DATE,
    CONSTRAINT team_sessions_status CHECK (status IN ('running', 'ended')),
    CONSTRAINT team_sessions_position CHECK (position >= 1)
);

-- A participant: only the SHA-256 of the random token in the phone's cookie, no name, no account.
CREATE TABLE session_participants (
    session_id VARCHAR(40) NOT NULL REFERENCES team_sessions (id),
    token_hash VARCHAR(64) NOT NULL,
    joined_at  BIGINT      NOT NULL,
    PRIMARY KEY (session_id, token_hash)
);

-- A participant's place on a card (1 to 5); the screen shows only the counts.
CREATE TABLE session_votes (
    session_id VARCHAR(40)  NOT NULL,
    card_key   VARCHAR(300) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    answer     SMALLINT     NOT NULL,
    PRIMARY KEY (session_id, card_key, token_hash),
    FOREIGN KEY (session_id, token_hash) REFERENCES session_participants (session_id, token_hash),
    CONSTRAINT session_votes_range CHECK (answer BETWEEN 1 AND 5)
);

-- The team's outcome of a card: the shared score it agreed on.
CREATE TABLE card_outcomes (
    session_id   VARCHAR(40)  NOT NULL REFERENCES team_sessions (id),
    card_key     VARCHAR(300) NOT NULL,
    shared_score SMALLINT     NOT NULL,
    recorded_on  DATE         NOT NULL,
    PRIMARY KEY (session_id, card_key),
    CONSTRAINT card_outcomes_range CHECK (shared_score BETWEEN 1 AND 5)
);

-- The agreements of a card's outcome, with the status the coordinator marks in later rounds.
CREATE TABLE agreements (
    id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    session_id VARCHAR(40)  NOT NULL,
    card_key   VARCHAR(300) NOT NULL,
    position   INTEGER      NOT NULL,
    factor     VARCHAR(60)  NOT NULL,
    action     VARCHAR(500) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    due_on     DATE         NOT NULL,
    tool       VARCHAR(100),
    status     VARCHAR(10)  NOT NULL,
    FOREIGN KEY (session_id, card_key) REFERENCES card_outcomes (session_id, card_key) ON DELETE CASCADE,
    CONSTRAINT agreements_status CHECK (status IN ('open', 'ongoing', 'done', 'dropped'))
);
CREATE INDEX agreements_session ON agreements (session_id);
