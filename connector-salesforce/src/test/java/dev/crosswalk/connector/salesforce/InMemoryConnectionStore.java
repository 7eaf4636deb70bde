package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A connection store for connector tests: it shows what core wrote back (a moved org's instance URL). */
final class InMemoryConnectionStore implements ConnectionStore {

    private final Map<ConnectionRef, Connection> connections = new ConcurrentHashMap<>();
    private final Map<ConnectionRef, Integer> refreshFailures = new ConcurrentHashMap<>();

    @Override
    public Optional<Connection> find(ConnectionRef ref) {
        return Optional.ofNullable(connections.get(ref));
    }

    @Override
    public List<Connection> list(TenantId tenant) {
        return connections.values().stream().filter(connection -> connection.tenant().equals(tenant))
                .sorted(Comparator.comparing(connection -> connection.id().toString())).toList();
    }

    @Override
    public void save(Connection connection) {
        connections.put(connection.ref(), connection);
        refreshFailures.remove(connection.ref());
    }

    @Override
    public boolean updateInstanceUrl(ConnectionRef ref, URI instanceUrl) {
        return connections.computeIfPresent(ref, (key, connection) -> connection.withInstanceUrl(instanceUrl)) != null;
    }

    @Override
    public boolean updateStatus(ConnectionRef ref, ConnectionStatus expected, ConnectionStatus next) {
        boolean[] moved = {false};
        connections.computeIfPresent(ref, (key, connection) -> {
            if (connection.status() != expected) {
                return connection;
            }
            moved[0] = true;
            return connection.withStatus(next);
        });
        return moved[0];
    }

    @Override
    public boolean delete(ConnectionRef ref) {
        return connections.remove(ref) != null;
    }

    @Override
    public int recordRefreshFailure(ConnectionRef ref) {
        return connections.containsKey(ref) ? refreshFailures.merge(ref, 1, Integer::sum) : 0;
    }

    @Override
    public void clearRefreshFailures(ConnectionRef ref) {
        refreshFailures.remove(ref);
    }
}
