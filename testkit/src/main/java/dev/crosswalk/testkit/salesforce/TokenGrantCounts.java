package dev.crosswalk.testkit.salesforce;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many token requests arrived per {@code grant_type}, answered or refused. Thread-safe. */
final class TokenGrantCounts {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void record(String grantType) {
        counts.computeIfAbsent(grantType, any -> new AtomicInteger()).incrementAndGet();
    }

    /** @return the counts by grant type, sorted */
    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new TreeMap<>();
        counts.forEach((grant, count) -> copy.put(grant, count.get()));
        return copy;
    }

    void clear() {
        counts.clear();
    }
}
