package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.in.ConnectionOverview;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import java.util.List;

/** Lists, shows and deletes a tenant's connections; deleting revokes the grant at the provider first. */
final class ConnectionsService implements ManageConnectionsUseCase {

    private final ConnectionStore connections;
    private final TokenStore tokens;
    private final ConnectionResolver resolver;

    ConnectionsService(ConnectionStore connections, TokenStore tokens, ConnectionResolver resolver) {
        this.connections = connections;
        this.tokens = tokens;
        this.resolver = resolver;
    }

    @Override
    public List<ConnectionOverview> list(TenantId tenant) {
        return connections.list(tenant).stream()
                .filter(connection -> connection.tenant().equals(tenant))
                .map(this::overview)
                .toList();
    }

    @Override
    public ConnectionOverview get(ConnectionRef connection) {
        return overview(resolver.existingConnection(connection));
    }

    @Override
    public void delete(ConnectionRef ref) {
        Connection connection = resolver.existingConnection(ref);
        CrmPorts ports = resolver.ports(connection);
        tokens.load(ref).ifPresent(stored -> ports.grants().ifPresent(grants ->
                resolver.call(connection, () -> {
                    grants.revoke(connection, stored);
                    return null;
                })));
        tokens.delete(ref);
        connections.delete(ref);
    }

    private ConnectionOverview overview(Connection connection) {
        var quota = resolver.installedPorts(connection)
                .flatMap(ports -> ports.quota().lastKnownUsage(connection)).orElse(null);
        return ConnectionOverview.of(connection, tokens.load(connection.ref()).orElse(null), quota);
    }
}
