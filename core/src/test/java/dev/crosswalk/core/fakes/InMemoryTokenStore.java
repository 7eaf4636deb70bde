package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.port.out.store.TokenStore;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TokenStore} in a map, counting loads and saves. Thread-safe. */
public final class InMemoryTokenStore implements TokenStore {

    private final ConcurrentMap<ConnectionRef, StoredTokens> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();

    private final java.util.Set<ConnectionRef> unreadable = ConcurrentHashMap.newKeySet();

    /** Makes the connection's tokens unreadable, as tokens stored under another key are. */
    public void makeUnreadable(ConnectionRef ref) {
        unreadable.add(ref);
    }

    @Override
    public Optional<StoredTokens> loadVersioned(ConnectionRef ref) {
        loads.incrementAndGet();
        if (unreadable.contains(ref)) {
            throw new dev.crosswalk.core.port.out.store.UnreadableTokensException(ref, "stored under another key");
        }
        return Optional.ofNullable(tokens.get(ref));
    }

    @Override
    public void save(ConnectionRef ref, OAuthTokens newTokens) {
        tokens.merge(ref, new StoredTokens(newTokens, 1),
                (stored, given) -> new StoredTokens(newTokens, stored.version() + 1));
        saves.incrementAndGet();
    }

    @Override
    public boolean replace(ConnectionRef ref, long expectedVersion, OAuthTokens newTokens) {
        boolean[] replaced = {false};
        tokens.computeIfPresent(ref, (key, stored) -> {
            if (stored.version() != expectedVersion) {
                return stored;
            }
            replaced[0] = true;
            return new StoredTokens(newTokens, stored.version() + 1);
        });
        if (replaced[0]) {
            saves.incrementAndGet();
        }
        return replaced[0];
    }

    @Override
    public boolean delete(ConnectionRef ref) {
        return tokens.remove(ref) != null;
    }

    /** @return how many times {@link #load} was called */
    public int loads() {
        return loads.get();
    }

    /** @return how many times tokens were stored, by {@link #save} or {@link #replace} */
    public int saves() {
        return saves.get();
    }
}
