package dev.crosswalk.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a mapping override applies: to every connection a tenant has of one connector kind, or to one connection.
 * A connection's mapping is the connector's file, then the tenant's override for that kind, then the connection's
 * own. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OverrideScope {

    private final TenantId tenant;
    private final String connectorKind;
    private final ConnectionId connection;

    private OverrideScope(TenantId tenant, String connectorKind, ConnectionId connection) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.connectorKind = Objects.requireNonNull(connectorKind, "connectorKind");
        this.connection = connection;
    }

    /**
     * @param tenant the tenant; never {@code null}
     * @param connectorKind the connector kind, e.g. {@code salesforce}; never {@code null}
     * @return the scope of every connection the tenant has of that kind
     */
    public static OverrideScope tenant(TenantId tenant, String connectorKind) {
        return new OverrideScope(tenant, connectorKind, null);
    }

    /**
     * @param connection the connection; never {@code null}
     * @return the scope of that connection alone
     */
    public static OverrideScope connection(Connection connection) {
        return new OverrideScope(connection.tenant(), connection.connectorKind(), connection.id());
    }

    /** @return the tenant; never {@code null} */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the connector kind; never {@code null} */
    public String connectorKind() {
        return connectorKind;
    }

    /** @return the connection, for a connection's own scope; empty for the tenant-wide scope */
    public Optional<ConnectionId> connection() {
        return Optional.ofNullable(connection);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OverrideScope that && that.tenant.equals(tenant)
                && that.connectorKind.equals(connectorKind) && Objects.equals(that.connection, connection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, connectorKind, connection);
    }

    @Override
    public String toString() {
        return tenant + "/" + connectorKind + (connection == null ? "" : "/" + connection);
    }
}
