package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link ConnectionStore} in a map, keyed like the real one by tenant and id. Thread-safe. */
public final class InMemoryConnectionStore implements ConnectionStore {

    private final ConcurrentMap<ConnectionRef, Connection> connections = new ConcurrentHashMap<>();
    private final ConcurrentMap<ConnectionRef, Integer> refreshFailures = new ConcurrentHashMap<>();

    @Override
    public Optional<Connection> find(ConnectionRef ref) {
        return Optional.ofNullable(connections.get(ref));
    }

    @Override
    public List<Connection> list(TenantId tenant) {
        return connections.values().stream()
                .filter(connection -> connection.tenant().equals(tenant))
                .sorted(Comparator.comparing(connection -> connection.id().value()))
                .toList();
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
