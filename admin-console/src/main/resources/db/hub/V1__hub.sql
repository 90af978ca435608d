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

-- Every node the hub knows and what staff decided about it. state: ACTIVE, QUARANTINED, REVOKED.
CREATE TABLE hub_node (
    node_id       VARCHAR(63)   PRIMARY KEY,
    name          VARCHAR(200),
    state         VARCHAR(16)   NOT NULL,
    reason        VARCHAR(2000),
    last_sync     BIGINT,
    cosigned_size BIGINT
);

-- What was done to a node, by whom and why (quarantine by the hub itself, release and revoke by staff).
CREATE TABLE hub_node_act (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    node_id  VARCHAR(63)   NOT NULL,
    act      VARCHAR(16)   NOT NULL,
    operator VARCHAR(63)   NOT NULL,
    reason   VARCHAR(2000) NOT NULL,
    at       BIGINT        NOT NULL
);

-- A fork: the same (node, seq) with two different hashes, and both signed statements.
CREATE TABLE fork_evidence (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    node_id           VARCHAR(63)   NOT NULL,
    seq               BIGINT        NOT NULL,
    held_hash         VARCHAR(64)   NOT NULL,
    pushed_hash       VARCHAR(64)   NOT NULL,
    held_checkpoint   VARCHAR(2000),
    pushed_checkpoint VARCHAR(2000) NOT NULL,
    at                BIGINT        NOT NULL
);

-- One-time enrollment codes: only the SHA-256 of the secret is kept; used once, then never again.
CREATE TABLE enroll_token (
    token_id    VARCHAR(32)  PRIMARY KEY,
    secret_hash BINARY(32)   NOT NULL,
    node_id     VARCHAR(63)  NOT NULL,
    name        VARCHAR(200),
    expires_at  BIGINT       NOT NULL,
    used_at     BIGINT,
    recover     BOOLEAN      NOT NULL
);
