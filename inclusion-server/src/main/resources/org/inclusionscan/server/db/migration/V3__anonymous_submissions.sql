-- Issue 20, items 1 and 4: answers nobody can trace by their order.
--
-- A submitted response first waits in a holding area that carries nothing but the round: no link,
-- no token, no time. Once a round holds at least its anonymity minimum, all of its held responses
-- move in one transaction, in a random order and with fresh random ids, to responses; at close
-- whatever is held moves too and the round's responses are written once more in one random order.
-- So neither ids, rows, row order nor a stored day tell in which order people handed in, beyond
-- groups of at least the minimum.
CREATE TABLE pending_responses (
    id       VARCHAR(40)    NOT NULL PRIMARY KEY,
    round_id VARCHAR(40)    NOT NULL REFERENCES rounds (id),
    role     VARCHAR(20),
    note     VARCHAR(10000)
);
CREATE INDEX pending_responses_round ON pending_responses (round_id);

CREATE TABLE pending_answers (
    pending_id VARCHAR(40)  NOT NULL REFERENCES pending_responses (id) ON DELETE CASCADE,
    item_id    VARCHAR(200) NOT NULL,
    answer     SMALLINT     NOT NULL,
    PRIMARY KEY (pending_id, item_id),
    CONSTRAINT pending_answers_range CHECK (answer BETWEEN 0 AND 5)
);

-- The day a response came in lined groups of responses up with the days people were asked; the
-- round's own dates (made, closed) say all a report needs.
ALTER TABLE responses DROP COLUMN submitted_on;
