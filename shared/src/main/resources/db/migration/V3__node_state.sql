-- What this node keeps for itself and never replicates, changed in place: the count of wrong PINs
-- per member and until when their PIN is locked (a restart must not clear it). Not part of the
-- ledger or its projection: nothing here is a fact of the community.

CREATE TABLE node_state (
    k  VARCHAR(200)  NOT NULL PRIMARY KEY,
    v  VARCHAR(1000) NOT NULL
);
