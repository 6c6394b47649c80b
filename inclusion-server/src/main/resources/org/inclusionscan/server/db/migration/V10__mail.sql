-- E-mail (issue 23, item 5): the address a personal link was mailed to, kept only while the link is
-- not handed in. The submit deletes the row in its own transaction; closing or erasing the round deletes
-- every row of the round. Nothing else refers to an address.
CREATE TABLE mail_recipients (
    token      VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES respondent_links (token),
    round_id   VARCHAR(40)  NOT NULL REFERENCES rounds (id),
    address    VARCHAR(320) NOT NULL,
    language   VARCHAR(2)   NOT NULL,
    state      VARCHAR(10)  NOT NULL,
    claimed_at BIGINT,
    CONSTRAINT mail_recipients_state CHECK (state IN ('pending', 'sending', 'sent'))
);
CREATE INDEX mail_recipients_round ON mail_recipients (round_id);

-- One row per mailing form that was handled: a second post of the same form (a double click, a
-- reload) finds its key and sends nothing.
CREATE TABLE mail_requests (
    round_id    VARCHAR(40) NOT NULL REFERENCES rounds (id),
    request_key VARCHAR(64) NOT NULL,
    PRIMARY KEY (round_id, request_key)
);

-- When a round's reminders last went out (at most one batch per 24 hours).
CREATE TABLE mail_reminders (
    round_id VARCHAR(40) NOT NULL PRIMARY KEY REFERENCES rounds (id),
    sent_at  BIGINT      NOT NULL
);
