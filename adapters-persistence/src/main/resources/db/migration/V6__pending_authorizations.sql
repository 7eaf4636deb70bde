-- Authorisations in progress (OAuth Authorization Code with PKCE), from the redirect to the provider to its callback,
-- which any node may receive. The state itself is not kept: state_hash is the lower-case hex SHA-256 of it. A state
-- is used once: the callback deletes the row, and only the caller whose delete removed it goes on. The PKCE code
-- verifier is encrypted like tokens (see connection_tokens). Expired rows are removed when a new one is saved.
CREATE TABLE pending_authorizations (
    state_hash               CHAR(64)                 NOT NULL,
    tenant_id                VARCHAR(255)             NOT NULL,
    connection_id            VARCHAR(64)              NOT NULL,
    connector_kind           VARCHAR(64)              NOT NULL,
    settings                 VARCHAR                  NOT NULL,
    code_verifier_ciphertext VARCHAR                  NOT NULL,
    redirect_uri             VARCHAR(2048)            NOT NULL,
    return_url               VARCHAR(2048),
    expires_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_pending_authorizations PRIMARY KEY (state_hash),
    CONSTRAINT fk_pending_authorizations_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
);

CREATE INDEX ix_pending_authorizations_expires_at ON pending_authorizations (expires_at);
