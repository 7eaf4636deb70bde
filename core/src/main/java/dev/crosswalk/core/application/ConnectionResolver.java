package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.ConnectionStore;
import dev.crosswalk.core.port.out.CrmPorts;
import dev.crosswalk.core.port.out.CrmPortsProvider;
import java.util.Optional;
import java.util.function.Function;

/** Finds a tenant's usable connection and the connector port that serves a capability on it. */
final class ConnectionResolver {

    private final ConnectionStore connections;
    private final CrmPortsProvider connectors;

    ConnectionResolver(ConnectionStore connections, CrmPortsProvider connectors) {
        this.connections = connections;
        this.connectors = connectors;
    }

    Connection usableConnection(ConnectionRef ref) {
        // The store is asked by tenant and id; checking the answer too keeps one tenant away from another's
        // connection even if a store implementation ignores the tenant.
        Connection connection = connections.find(ref)
                .filter(found -> found.ref().equals(ref))
                .orElseThrow(() -> new UseCaseException.ConnectionNotFound(ref));
        if (connection.status() == ConnectionStatus.NEEDS_REAUTH) {
            throw new UseCaseException.ConnectionNeedsReauthorization(ref);
        }
        return connection;
    }

    <P> P port(Connection connection, String capability, Function<CrmPorts, Optional<P>> selector) {
        return connectors.forKind(connection.connectorKind())
                .flatMap(selector)
                .orElseThrow(() -> new UseCaseException.CapabilityUnavailable(connection.connectorKind(), capability));
    }
}
