package dev.crosswalk.core.fakes;

import dev.crosswalk.core.domain.MappingOverride;
import dev.crosswalk.core.domain.OverrideScope;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link MappingOverrideStore} in a map; counts reads so tests can see caching. Thread-safe. */
public final class InMemoryMappingOverrideStore implements MappingOverrideStore {

    private final Map<Key, List<MappingOverride>> versions = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final Clock clock;

    public InMemoryMappingOverrideStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<MappingOverride> current(OverrideScope scope, UnifiedObject object) {
        reads.incrementAndGet();
        List<MappingOverride> stored = versions.getOrDefault(new Key(scope, object), List.of());
        synchronized (this) {
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
        }
    }

    @Override
    public synchronized MappingOverride append(OverrideScope scope, UnifiedObject object, String document,
            int expectedCurrentVersion) {
        List<MappingOverride> stored = versions.computeIfAbsent(new Key(scope, object), key -> new ArrayList<>());
        if (stored.size() != expectedCurrentVersion) {
            throw new VersionConflictException(scope, object, stored.size());
        }
        MappingOverride version = MappingOverride.of(scope, object, stored.size() + 1, document, clock.instant());
        stored.add(version);
        return version;
    }

    @Override
    public synchronized List<MappingOverride> history(OverrideScope scope, UnifiedObject object) {
        List<MappingOverride> newestFirst = new ArrayList<>(versions.getOrDefault(new Key(scope, object), List.of()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** @return how often {@link #current} was called */
    public int reads() {
        return reads.get();
    }

    private record Key(OverrideScope scope, UnifiedObject object) {
    }
}
