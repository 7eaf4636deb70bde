package dev.crosswalk.adapters.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rows a store found in the last {@link #FRESH_FOR}, so a lookup every request makes (an API key's tenant, a
 * connection) does not query the database each time (decision 0016). Only found rows are kept: a row created on any
 * node is seen at once. A write through the same store {@linkplain #forget forgets} the key at once; a write on another
 * node is seen within {@link #FRESH_FOR}. A read that started before a write is never kept after it. At most
 * {@link #MAX_ENTRIES} rows are kept; past that the cache starts over. Thread-safe.
 */
final class RecentReads<K, V> {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 10_000;

    private record Kept<V>(V value, Instant readAt) {
    }

    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final Clock clock;

    RecentReads(Clock clock) {
        this.clock = clock;
    }

    /** @return the value kept for {@code key} if read within {@link #FRESH_FOR}, otherwise what {@code read} finds */
    Optional<V> get(K key, Supplier<Optional<V>> read) {
        Instant now = clock.instant();
        Kept<V> found = kept.get(key);
        if (found != null && !now.isBefore(found.readAt()) && now.isBefore(found.readAt().plus(FRESH_FOR))) {
            return Optional.of(found.value());
        }
        long writesBefore = writes.get();
        Optional<V> value = read.get();
        if (value.isPresent()) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(key, new Kept<>(value.get(), now));
            if (writes.get() != writesBefore) {
                kept.remove(key); // a write raced this read: what was read may be older than the write
            }
        }
        return value;
    }

    /** Drops everything kept; call it after a write that touched rows of unknown keys, before it returns. */
    void forgetAll() {
        writes.incrementAndGet();
        kept.clear();
    }

    /** Drops what is kept for {@code key}; call it after writing the row, before the write returns. */
    void forget(K key) {
        writes.incrementAndGet();
        kept.remove(key);
    }
}
