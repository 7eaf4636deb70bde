package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.PendingAuthorization;
import dev.crosswalk.core.port.out.store.AuthorizationStore;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** An {@link AuthorizationStore} in a map; {@link #take} removes atomically. Thread-safe. */
public final class InMemoryAuthorizationStore implements AuthorizationStore {

    private final ConcurrentMap<String, PendingAuthorization> pending = new ConcurrentHashMap<>();

    @Override
    public void save(PendingAuthorization authorization, Instant now) {
        pending.values().removeIf(stored -> stored.expiredAt(now));
        pending.put(authorization.state(), authorization);
    }

    @Override
    public Optional<PendingAuthorization> take(String state) {
        return Optional.ofNullable(pending.remove(state));
    }

    /** @return how many are stored */
    public int size() {
        return pending.size();
    }
}
