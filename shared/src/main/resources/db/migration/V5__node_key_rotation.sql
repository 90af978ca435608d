-- A node's later keys (decision 0030): a station whose disk died is recovered onto a new machine
-- with a new key, which signs its feed from from_seq on; node_key keeps the key it started with
-- (from seq 1). Append-only like the keys before it: a key, once in force for some seqs, stays.

CREATE TABLE node_key_rotation (
    node_id    VARCHAR(64)    NOT NULL,
    from_seq   BIGINT         NOT NULL,
    public_key VARBINARY(256) NOT NULL,
    PRIMARY KEY (node_id, from_seq)
);

CREATE TRIGGER node_key_rotation_append_only BEFORE UPDATE, DELETE ON node_key_rotation
    FOR EACH ROW CALL 'org.timestation.ledger.h2.AppendOnlyTrigger';
