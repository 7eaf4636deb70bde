-- Whose grant the tokens are (the provider's account and user ids) and the scopes it holds, as the provider reported
-- them; not secrets. scopes is space-separated.
ALTER TABLE connection_tokens ADD COLUMN account_id VARCHAR(255);
ALTER TABLE connection_tokens ADD COLUMN user_id VARCHAR(255);
ALTER TABLE connection_tokens ADD COLUMN scopes VARCHAR(2000);
