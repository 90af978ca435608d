-- What the hub refused at sync and the manager should know of, besides what it quarantined a station for
-- (hub_node_act by 'hub') and the conflicts (conflict): a rolled-back feed (an old backup), a batch refused
-- (a clock too far ahead, a key that does not match). Kept for the console's audit screen.
CREATE TABLE hub_alert (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    node_id VARCHAR(63)   NOT NULL,
    kind    VARCHAR(16)   NOT NULL,
    detail  VARCHAR(2000) NOT NULL,
    at      BIGINT        NOT NULL
);
