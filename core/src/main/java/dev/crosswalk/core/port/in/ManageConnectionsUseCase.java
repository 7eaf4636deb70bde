package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A tenant's connections: list them, look at one, delete one. Thread-safe.
 *
 * @since 0.1
 */
public interface ManageConnectionsUseCase {

    /**
     * @param tenant the tenant; never {@code null}
     * @return its connections ordered by id, with no CRM call made; possibly empty
     */
    List<ConnectionOverview> list(TenantId tenant);

    /**
     * @param connection the tenant's connection; never {@code null}
     * @return its overview, with no CRM call made
     * @throws UseCaseException.ConnectionNotFound when the tenant has no such connection
     */
    ConnectionOverview get(ConnectionRef connection);

    /**
     * Creates the tenant's connection, or replaces it keeping its id and making it active again, for a connector that
     * obtains tokens by the connection's own grant (for Salesforce, the {@code grant} setting {@code jwt_bearer} or
     * {@code client_credentials}). No token is stored yet: the first call obtains one.
     *
     * @param connection the tenant's connection id; never {@code null}
     * @param connectorKind the connector, such as {@code salesforce}; never {@code null}
     * @param instanceUrl the provider's API base URL for the account; never {@code null}
     * @param settings the connection's settings (never secrets); never {@code null}
     * @return the connection's overview
     * @throws UseCaseException.ConnectorNotInstalled when no such connector is installed
     * @throws UseCaseException.InvalidRequest naming every problem of the settings at once
     * @since 0.1
     */
    ConnectionOverview connectByGrant(ConnectionRef connection, String connectorKind, URI instanceUrl,
            Map<String, String> settings);

    /**
     * Like {@link #connectByGrant(ConnectionRef, String, URI, Map)}, with secret settings too (for Salesforce, the
     * {@code client_secret} or {@code jwt_private_key} of the customer's own Connected App, named by the
     * {@code client_id} setting). They are stored encrypted like tokens and never shown again (only their names).
     * Replacing a connection replaces its secret settings with these.
     *
     * @param connection the tenant's connection id; never {@code null}
     * @param connectorKind the connector; never {@code null}
     * @param instanceUrl the provider's API base URL for the account; never {@code null}
     * @param settings the connection's settings (never secrets); never {@code null}
     * @param secretSettings its secret settings by name; never {@code null}, often empty
     * @return the connection's overview
     * @throws UseCaseException.ConnectorNotInstalled when no such connector is installed
     * @throws UseCaseException.InvalidRequest naming every problem of the settings and secret settings at once (never
     *     a secret's value)
     * @since 0.1
     */
    default ConnectionOverview connectByGrant(ConnectionRef connection, String connectorKind, URI instanceUrl,
            Map<String, String> settings, Map<String, Secret> secretSettings) {
        if (!secretSettings.isEmpty()) {
            throw new UseCaseException.InvalidRequest("this host stores no secret settings", List.of());
        }
        return connectByGrant(connection, connectorKind, instanceUrl, settings);
    }

    /**
     * Revokes the connection's grant at the provider (when its connector can), then deletes its tokens and the
     * connection. Nothing is deleted when the revocation fails, so a grant is never left live unnoticed.
     *
     * @param connection the tenant's connection; never {@code null}
     * @throws UseCaseException.ConnectionNotFound when the tenant has no such connection
     * @throws UseCaseException.ConnectorNotInstalled when its connector is not installed, so it cannot be revoked
     * @throws UseCaseException.CrmCallFailed when the provider could not revoke it; try again
     */
    void delete(ConnectionRef connection);
}
