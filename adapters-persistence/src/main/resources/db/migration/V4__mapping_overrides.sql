-- Every version of every mapping override, appended and never rewritten (restoring an old version appends a copy).
--
-- Scope: an override applies to all of a tenant's connections of one connector kind, or to one connection. The
-- tenant-wide scope is stored with connection_id = '*', a value no connection id can take (connection ids are
-- letters, digits, '_' and '-'). A sentinel rather than NULL keeps connection_id in a real primary key, so the key
-- alone makes each (scope, object, version) unique on PostgreSQL and H2 alike, without partial or expression indexes.
-- For the same reason there is no foreign key to connections (tenant-wide rows have none to refer to); the foreign
-- key to tenants keeps every row inside an existing tenant.
--
-- Versions count from 1 per (tenant, connector kind, connection or '*', object). A writer inserts version n + 1 only
-- while n is the newest, in one statement; two writers racing for the same version collide on the primary key, and
-- the loser is told the version changed meanwhile.
--
-- unified_object is the singular name (contact, account, opportunity). document is the override's YAML or JSON
-- text; NULL marks the version that removed the override.
CREATE TABLE mapping_overrides (
    tenant_id      VARCHAR(255)             NOT NULL,
    connector_kind VARCHAR(64)              NOT NULL,
    connection_id  VARCHAR(64)              NOT NULL,
    unified_object VARCHAR(64)              NOT NULL,
    version        INTEGER                  NOT NULL,
    document       VARCHAR,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mapping_overrides PRIMARY KEY (tenant_id, connector_kind, connection_id, unified_object, version),
    CONSTRAINT fk_mapping_overrides_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    CONSTRAINT ck_mapping_overrides_version CHECK (version >= 1)
);
