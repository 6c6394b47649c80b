-- The API's Idempotency-Key (IETF httpapi draft): a POST's key, per caller (the SHA-256 of the
-- bearer token), with the SHA-256 of what was asked and the answer that was given. The row is
-- written in the same transaction as the POST's own work, so a retry either finds the stored
-- answer or finds that nothing happened. Rows are kept 48 hours (the draft asks for at least 24).
CREATE TABLE idempotency_keys (
    caller       VARCHAR(64)   NOT NULL,
    idem_key     VARCHAR(255)  NOT NULL,
    request_hash VARCHAR(64)   NOT NULL,
    status       INTEGER       NOT NULL,
    body         VARCHAR(100000),
    created_at   BIGINT        NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
