package dev.crosswalk.core.toolkit.mapping;

import java.util.AbstractMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stands for a request's unified filters while a query mapping is probed: every filter name looked up is recorded
 * and answers the same sample value (or nothing). Not thread-safe.
 */
final class FilterProbe extends AbstractMap<String, Object> {

    private final Object sample;
    private final Set<String> read;

    /**
     * @param sample what every filter answers; {@code null} for no filters at all
     * @param read where the names looked up go
     */
    FilterProbe(Object sample, Set<String> read) {
        this.sample = sample;
        this.read = read;
    }

    static Set<String> names() {
        return new TreeSet<>();
    }

    @Override
    public Object get(Object key) {
        read.add(String.valueOf(key));
        return sample;
    }

    @Override
    public boolean containsKey(Object key) {
        return sample != null;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Set.of();
    }
}
