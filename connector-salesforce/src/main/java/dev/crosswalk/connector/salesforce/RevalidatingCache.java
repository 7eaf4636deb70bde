package dev.crosswalk.connector.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A bounded cache of provider answers that are expensive to fetch and rarely change (Describe results). An entry is
 * served for its time to live; once expired it is revalidated with the validator it was fetched with
 * ({@code Last-Modified}), and a "not modified" answer keeps the value and starts a new time to live. However many
 * callers miss one key at once, one fetch serves them all (single flight); callers of other keys never wait for it.
 * At most {@code maxEntries} values are held; the least recently used goes first. Thread-safe.
 *
 * @param <K> the key, with value equality
 * @param <V> the cached value, immutable
 */
final class RevalidatingCache<K, V> {

    /** What a fetch found. */
    sealed interface Fetched<V> {
        /** A value, with the validator to revalidate it by later ({@code null} when the provider sent none). */
        record Found<V>(V value, String validator) implements Fetched<V> {
        }

        /** The value held is still current. */
        record NotModified<V>() implements Fetched<V> {
        }

        /** There is no such thing (anymore). */
        record Missing<V>() implements Fetched<V> {
        }
    }

    /** Fetches one key's value. */
    @FunctionalInterface
    interface Fetcher<V> {
        /**
         * @param validator the validator of the value held, for a conditional fetch; {@code null} for an
         *     unconditional one, which never answers {@link Fetched.NotModified}
         */
        Fetched<V> fetch(String validator);
    }

    private record Cached<V>(V value, String validator, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration timeToLive;
    private final Map<K, Cached<V>> entries;
    private final ConcurrentMap<K, CompletableFuture<Optional<V>>> inFlight = new ConcurrentHashMap<>();

    RevalidatingCache(Clock clock, Duration timeToLive, int maxEntries) {
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Cached<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * @return the key's value: the cached one while fresh, else what {@code fetcher} finds (one fetch per key at a
     *     time); empty when there is no such thing
     * @throws RuntimeException whatever the fetch threw, to every caller that waited for it
     */
    Optional<V> get(K key, Fetcher<V> fetcher) {
        Cached<V> cached = fresh(key);
        if (cached != null) {
            return Optional.of(cached.value());
        }
        CompletableFuture<Optional<V>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<V>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            Optional<V> value = load(key, fetcher);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            // every waiter gets the failure; none is left waiting on a fetch that ended
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Runs as the key's only fetch; another fetch may have just stored a fresh value. */
    private Optional<V> load(K key, Fetcher<V> fetcher) {
        Cached<V> held;
        synchronized (entries) {
            held = entries.get(key);
        }
        Instant now = clock.instant();
        if (held != null && now.isBefore(held.expiresAt())) {
            return Optional.of(held.value());
        }
        String validator = held == null ? null : held.validator();
        Fetched<V> fetched = fetcher.fetch(validator);
        return switch (fetched) {
            case Fetched.Found<V> found -> {
                store(key, new Cached<>(found.value(), found.validator(), clock.instant().plus(timeToLive)));
                yield Optional.of(found.value());
            }
            case Fetched.NotModified<V> unchanged -> {
                if (held == null || validator == null) {
                    throw new IllegalStateException("a fetch without a validator answered 'not modified'");
                }
                store(key, new Cached<>(held.value(), held.validator(), clock.instant().plus(timeToLive)));
                yield Optional.of(held.value());
            }
            case Fetched.Missing<V> missing -> {
                synchronized (entries) {
                    entries.remove(key);
                }
                yield Optional.empty();
            }
        };
    }

    private Cached<V> fresh(K key) {
        synchronized (entries) {
            Cached<V> entry = entries.get(key);
            return entry != null && clock.instant().isBefore(entry.expiresAt()) ? entry : null;
        }
    }

    private void store(K key, Cached<V> entry) {
        synchronized (entries) {
            entries.put(key, entry);
        }
    }

    private static <V> Optional<V> await(CompletableFuture<Optional<V>> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
