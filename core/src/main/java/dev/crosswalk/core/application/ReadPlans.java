package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.toolkit.mapping.MappingEvaluationException;
import dev.crosswalk.core.toolkit.mapping.ReadPlan;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the read plan of each mapping, schema and field selection, so that a request whose mapping and schema are
 * unchanged reuses the provider field list and the compiled accessors instead of planning again. A schema the connector
 * fetched anew is a new key; the least recently used plans are dropped beyond {@link #MAX_PLANS}. Thread-safe.
 */
final class ReadPlans {

    static final int MAX_PLANS = 1_000;

    private final Map<Key, ReadPlan> plans = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReadPlan> eldest) {
            return size() > MAX_PLANS;
        }
    };

    ReadPlan plan(ConnectedCrm crm, UnifiedMapping mapping, ObjectSchema schema, Set<String> fields) {
        Key key = new Key(mapping, schema, fields);
        synchronized (plans) {
            ReadPlan known = plans.get(key);
            if (known != null) {
                return known;
            }
        }
        ReadPlan planned;
        try {
            planned = mapping.plan(crm::describeIfPresent, fields);
        } catch (MappingEvaluationException failed) {
            throw new UseCaseException.MappingFailed("the mapping of " + mapping.providerObject()
                    + " could not be planned: " + failed.getMessage(), failed);
        }
        synchronized (plans) {
            plans.put(key, planned);
        }
        return planned;
    }

    /** Mappings and schemas are compared by identity: each compiled or fetched instance is its own version. */
    private record Key(UnifiedMapping mapping, ObjectSchema schema, Set<String> fields) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && that.mapping == mapping && that.schema == schema
                    && that.fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(mapping) * 31 * 31 + System.identityHashCode(schema) * 31
                    + fields.hashCode();
        }
    }
}
