-- Attempts per key (a login's account and client address, a client's wrong codes) in fixed
-- windows, shared by every server process. A login reserves its attempt here before the password
-- is checked: the UPDATE locks the row until the transaction ends, so parallel attempts are
-- counted one after the other and none is checked beyond the limit.
CREATE TABLE attempt_counters (
    attempt_key  VARCHAR(400) NOT NULL,
    window_start BIGINT       NOT NULL,
    attempts     INTEGER      NOT NULL,
    PRIMARY KEY (attempt_key, window_start)
);

CREATE INDEX attempt_counters_window ON attempt_counters (window_start);

-- Replaced by attempt_counters: failures were counted after the check, so parallel guesses
-- all passed it.
DROP TABLE login_failures;
