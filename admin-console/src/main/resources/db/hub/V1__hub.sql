-- The hub's own records beside the community ledger (ledger.mv.db): the community log's leaves,
-- the checkpoints it signed and the witnesses' cosignatures. The code only ever inserts here; a
-- changed leaf or checkpoint is caught by the witnesses' consistency checks, not by this schema.

CREATE TABLE log_leaf (
    idx         BIGINT      PRIMARY KEY,
    node_id     VARCHAR(63) NOT NULL,
    seq         BIGINT      NOT NULL,
    event_hash  BINARY(32)  NOT NULL,
    accepted_at BIGINT      NOT NULL,
    CONSTRAINT log_leaf_event UNIQUE (node_id, seq)
);

CREATE TABLE log_checkpoint (
    tree_size BIGINT        PRIMARY KEY,
    signed_at BIGINT        NOT NULL,
    note      VARCHAR(2000) NOT NULL
);

CREATE TABLE log_cosignature (
    tree_size BIGINT       NOT NULL,
    witness   VARCHAR(63)  NOT NULL,
    line      VARCHAR(400) NOT NULL,
    cosigned  BIGINT       NOT NULL,
    PRIMARY KEY (tree_size, witness)
);
