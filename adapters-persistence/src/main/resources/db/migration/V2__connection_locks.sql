-- One row per held lock: a lease owned by one CrosswalkDatabase instance until expires_at (see decision 0201).
-- No foreign key: a lock row is coordination state, not data, and is deleted when the lease is closed.
CREATE TABLE connection_locks (
    tenant_id     VARCHAR(255)             NOT NULL,
    connection_id VARCHAR(64)              NOT NULL,
    owner         VARCHAR(36)              NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_connection_locks PRIMARY KEY (tenant_id, connection_id)
);
