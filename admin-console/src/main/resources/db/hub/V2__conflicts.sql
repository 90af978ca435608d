-- What two stations that worked offline did against each other (decision 0029): applied, because it
-- happened, and listed here for the manager with both events. Re-judged whenever an older event
-- arrives late and the events after it are applied again, so the list is what the community's order says.

CREATE TABLE conflict (
    node_id   VARCHAR(63)   NOT NULL,
    seq       BIGINT        NOT NULL,
    rule      VARCHAR(40)   NOT NULL,
    detail    VARCHAR(2000) NOT NULL,
    other     VARCHAR(100),
    found_at  BIGINT        NOT NULL,
    PRIMARY KEY (node_id, seq, rule)
);
