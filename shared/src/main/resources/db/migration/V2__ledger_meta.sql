-- Facts about this ledger itself, written once and never changed: whose node it is, and a check
-- value of the community key it was created with (so a missing or swapped key file is noticed
-- before anything is written). Append-only like the feeds.

CREATE TABLE ledger_meta (
    k  VARCHAR(64)   NOT NULL PRIMARY KEY,
    v  VARCHAR(1000) NOT NULL
);

CREATE TRIGGER ledger_meta_append_only BEFORE UPDATE, DELETE ON ledger_meta
    FOR EACH ROW CALL 'org.timestation.ledger.h2.AppendOnlyTrigger';
