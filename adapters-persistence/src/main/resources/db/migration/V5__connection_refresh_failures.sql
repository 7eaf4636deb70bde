-- Token refreshes that failed in a row for a connection, neither definitively (invalid_grant) nor in passing (rate
-- limit, server error); core marks the connection needs_reauth when it reaches its threshold. Reset by a successful
-- refresh and by saving the connection (a reconnection).
ALTER TABLE connections ADD COLUMN refresh_failures INTEGER DEFAULT 0 NOT NULL;
