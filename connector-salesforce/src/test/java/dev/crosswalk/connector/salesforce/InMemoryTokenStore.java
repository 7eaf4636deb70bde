package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.port.out.store.TokenStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A token store for connector tests. */
final class InMemoryTokenStore implements TokenStore {

    private final Map<ConnectionRef, OAuthTokens> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<OAuthTokens> load(ConnectionRef ref) {
        return Optional.ofNullable(tokens.get(ref));
    }

    @Override
    public void save(ConnectionRef ref, OAuthTokens value) {
        tokens.put(ref, value);
    }

    @Override
    public boolean delete(ConnectionRef ref) {
        return tokens.remove(ref) != null;
    }
}
