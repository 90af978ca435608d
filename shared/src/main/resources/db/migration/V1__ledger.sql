-- Time Station ledger schema. Events, checkpoints and node keys are append-only: triggers refuse
-- UPDATE and DELETE on them. Corrections are new (reversing) events.

CREATE TABLE event (
    pos        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- arrival order in this store
    node_id    VARCHAR(64)      NOT NULL,
    seq        BIGINT           NOT NULL,
    hlc        BIGINT           NOT NULL,
    type       VARCHAR(64)      NOT NULL,
    payload    VARCHAR(1000000) NOT NULL,
    prev_hash  BINARY(32)       NOT NULL,
    hash       BINARY(32)       NOT NULL,
    CONSTRAINT event_feed_seq UNIQUE (node_id, seq)
);

CREATE TABLE checkpoint (
    node_id    VARCHAR(64)  NOT NULL,
    seq        BIGINT       NOT NULL,
    head_hash  BINARY(32)   NOT NULL,
    signed_at  BIGINT       NOT NULL,
    signature  VARBINARY(128) NOT NULL,
    PRIMARY KEY (node_id, seq)
);

CREATE TABLE node_key (
    node_id    VARCHAR(64)   NOT NULL PRIMARY KEY,
    public_key VARBINARY(256) NOT NULL
);

-- Head of each feed, kept with every commit so a store opens without scanning its events.
CREATE TABLE feed_head (
    node_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    seq        BIGINT      NOT NULL,
    hash       BINARY(32)  NOT NULL,
    hlc        BIGINT      NOT NULL
);

-- Projections (balances, lots, members, policy, watermarks): derived state, rebuildable from events.
CREATE TABLE projection (
    kind       VARCHAR(32)      NOT NULL,
    k          VARCHAR(200)     NOT NULL,
    v          VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (kind, k)
);

CREATE TRIGGER event_append_only BEFORE UPDATE, DELETE ON event
    FOR EACH ROW CALL 'org.timestation.ledger.h2.AppendOnlyTrigger';
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE, DELETE ON checkpoint
    FOR EACH ROW CALL 'org.timestation.ledger.h2.AppendOnlyTrigger';
CREATE TRIGGER node_key_append_only BEFORE UPDATE, DELETE ON node_key
    FOR EACH ROW CALL 'org.timestation.ledger.h2.AppendOnlyTrigger';
