package dev.crosswalk.core.domain;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's link to one CRM account. Holds no secrets: tokens live behind
 * {@link dev.crosswalk.core.port.out.TokenStore}.
 *
 * @param id the connection id; never {@code null}
 * @param tenant the owning tenant; never {@code null}
 * @param connectorKind which connector serves it, e.g. {@code salesforce}; never {@code null}
 * @param instanceUrl the provider base URL for API calls (Salesforce's {@code instance_url}); never {@code null}
 * @param status whether it can be used; never {@code null}
 * @param settings per-connection connector settings (non-secret); never {@code null}
 */
public record Connection(
        ConnectionId id,
        TenantId tenant,
        String connectorKind,
        URI instanceUrl,
        ConnectionStatus status,
        Map<String, String> settings) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(connectorKind, "connectorKind");
        Objects.requireNonNull(instanceUrl, "instanceUrl");
        Objects.requireNonNull(status, "status");
        settings = Map.copyOf(settings);
    }

    /** @return the tenant-scoped key of this connection */
    public ConnectionRef ref() {
        return new ConnectionRef(tenant, id);
    }

    /** @return this connection with another status */
    public Connection withStatus(ConnectionStatus newStatus) {
        return new Connection(id, tenant, connectorKind, instanceUrl, newStatus, settings);
    }

    /** @return this connection with another instance URL (providers may move an org) */
    public Connection withInstanceUrl(URI newInstanceUrl) {
        return new Connection(id, tenant, connectorKind, newInstanceUrl, status, settings);
    }
}
