-- The API base URL a provider issued with the tokens (Salesforce's instance_url), when it sent one; it supersedes
-- the connection's instance_url. Not a secret, so kept in plain text. Rows written before this column read as NULL.
ALTER TABLE connection_tokens ADD COLUMN instance_url VARCHAR(2048);
