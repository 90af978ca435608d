-- How many ledger events the conflict list was last judged over: a hub that opens with more (a crash
-- between a push's commit and its judgement) judges every event again.

CREATE TABLE conflicts_judged (
    one     INT    PRIMARY KEY CHECK (one = 1),
    events  BIGINT NOT NULL
);
