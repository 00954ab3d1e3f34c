-- Append-only, hash-chained audit log. aud_chain_head holds the chain's tip; writers lock it, so
-- entries get consecutive sequence numbers and each links to the one before.
CREATE TABLE aud_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO aud_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE aud_entry (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100)             NOT NULL,
    action         VARCHAR(80)              NOT NULL,
    object_type    VARCHAR(60)              NOT NULL,
    object_id      VARCHAR(100)             NOT NULL,
    agency_id      BIGINT,
    remote_addr    VARCHAR(64),
    before_summary VARCHAR(4000),
    after_summary  VARCHAR(4000),
    prev_hash      VARCHAR(64)              NOT NULL,
    hash           VARCHAR(64)              NOT NULL
);
CREATE INDEX aud_entry_occurred ON aud_entry (occurred_at);
CREATE INDEX aud_entry_object ON aud_entry (object_type, object_id);
CREATE INDEX aud_entry_actor ON aud_entry (actor);
