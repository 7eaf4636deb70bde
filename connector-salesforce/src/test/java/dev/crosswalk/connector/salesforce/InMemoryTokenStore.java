package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.port.out.store.TokenStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A token store for connector tests. */
final class InMemoryTokenStore implements TokenStore {

    private final Map<ConnectionRef, StoredTokens> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredTokens> loadVersioned(ConnectionRef ref) {
        return Optional.ofNullable(tokens.get(ref));
    }

    @Override
    public synchronized void save(ConnectionRef ref, OAuthTokens value) {
        tokens.merge(ref, new StoredTokens(value, 1), (stored, given) -> new StoredTokens(value, stored.version() + 1));
    }

    @Override
    public synchronized boolean replace(ConnectionRef ref, long expectedVersion, OAuthTokens value) {
        StoredTokens stored = tokens.get(ref);
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        tokens.put(ref, new StoredTokens(value, expectedVersion + 1));
        return true;
    }

    @Override
    public boolean delete(ConnectionRef ref) {
        return tokens.remove(ref) != null;
    }
}
