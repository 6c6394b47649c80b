-- Votes revealed together (issues 20.5 and 22.3): while a card is open, the shared screen shows only
-- how many placed themselves; the coordinator reveals the distribution once at least three did. The
-- distribution is kept here as it was at that moment, and places on a revealed card are refused, so no
-- later change can show as a one-vote difference. The same file runs on H2 and PostgreSQL.
CREATE TABLE card_reveals (
    session_id VARCHAR(40)  NOT NULL REFERENCES team_sessions (id),
    card_key   VARCHAR(300) NOT NULL,
    count1     INTEGER      NOT NULL,
    count2     INTEGER      NOT NULL,
    count3     INTEGER      NOT NULL,
    count4     INTEGER      NOT NULL,
    count5     INTEGER      NOT NULL,
    PRIMARY KEY (session_id, card_key),
    CONSTRAINT card_reveals_counts CHECK (count1 >= 0 AND count2 >= 0 AND count3 >= 0 AND count4 >= 0 AND count5 >= 0)
);
