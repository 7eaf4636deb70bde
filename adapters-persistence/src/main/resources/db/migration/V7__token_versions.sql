-- Each save of a connection's tokens makes a new version. A token refresh replaces only the version it read under
-- the connection's lock, so a holder whose lease ran out cannot overwrite what its successor or a reconnection wrote.
ALTER TABLE connection_tokens ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
