-- A connection's secret settings (such as the client secret of the customer's own provider app), and those of an
-- authorisation in progress until its callback stores the connection: the flat JSON object of them (see settings),
-- encrypted as one value like tokens (see connection_tokens; "v2:<key id>:" + base64(nonce || ciphertext || tag)),
-- bound to the tenant and connection. NULL when the connection has none.
ALTER TABLE connections ADD COLUMN secret_settings_ciphertext VARCHAR;
ALTER TABLE pending_authorizations ADD COLUMN secret_settings_ciphertext VARCHAR;
