package dev.crosswalk.emulator.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many token requests arrived per {@code grant_type}, answered or refused. Thread-safe. */
public final class GrantCounts {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Counts one token request with this {@code grant_type}. */
    public void record(String grantType) {
        counts.computeIfAbsent(grantType, any -> new AtomicInteger()).incrementAndGet();
    }

    /** @return the counts by grant type, sorted */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((grant, count) -> copy.put(grant, count.get()));
        return copy;
    }

    /** Forgets every count. */
    public void clear() {
        counts.clear();
    }
}
