package dev.crosswalk.apifixture.kinds;

import java.io.IOException;
import java.util.Map;

/** API fixture: a generic abstract class with protected members and a checked exception. */
public abstract class Registry<K extends Comparable<K>, V> implements Iterable<V> {

    protected final Map<K, V> entries;

    protected Registry(Map<K, V> entries) {
        this.entries = entries;
    }

    public abstract V load(K key) throws IOException;

    protected void forget(K key) {
        entries.remove(key);
    }

    private void secret() {
    }
}
