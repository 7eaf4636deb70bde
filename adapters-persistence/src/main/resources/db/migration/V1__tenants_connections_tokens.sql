-- Runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL; jOOQ generates its classes from this file.
-- Times are UTC instants (TIMESTAMP WITH TIME ZONE, microsecond precision).

CREATE TABLE tenants (
    id           VARCHAR(255)             NOT NULL,
    display_name VARCHAR(255)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tenants PRIMARY KEY (id)
);

-- Only the lower-case hex SHA-256 of each API key is kept, never the key.
CREATE TABLE api_keys (
    key_hash   CHAR(64)                 NOT NULL,
    tenant_id  VARCHAR(255)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_api_keys PRIMARY KEY (key_hash),
    CONSTRAINT fk_api_keys_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
);

CREATE INDEX ix_api_keys_tenant ON api_keys (tenant_id);

-- Connection ids are chosen per tenant: the key is (tenant_id, connection_id), and every lookup uses both.
-- settings holds the non-secret connector settings as a flat JSON object of strings.
CREATE TABLE connections (
    tenant_id      VARCHAR(255)             NOT NULL,
    connection_id  VARCHAR(64)              NOT NULL,
    connector_kind VARCHAR(64)              NOT NULL,
    instance_url   VARCHAR(2048)            NOT NULL,
    status         VARCHAR(32)              NOT NULL,
    settings       VARCHAR                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_connections PRIMARY KEY (tenant_id, connection_id),
    CONSTRAINT fk_connections_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
);

-- Token values are AES-256-GCM ciphertexts in the text form "v1:" + base64(nonce || ciphertext || tag).
CREATE TABLE connection_tokens (
    tenant_id                VARCHAR(255)             NOT NULL,
    connection_id            VARCHAR(64)              NOT NULL,
    access_token_ciphertext  VARCHAR,
    refresh_token_ciphertext VARCHAR,
    issued_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at               TIMESTAMP WITH TIME ZONE,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_connection_tokens PRIMARY KEY (tenant_id, connection_id),
    CONSTRAINT fk_connection_tokens_connection FOREIGN KEY (tenant_id, connection_id)
        REFERENCES connections (tenant_id, connection_id) ON DELETE CASCADE
);
