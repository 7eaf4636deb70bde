package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import java.util.List;

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
