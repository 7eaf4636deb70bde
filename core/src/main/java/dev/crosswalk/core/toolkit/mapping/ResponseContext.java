package dev.crosswalk.core.toolkit.mapping;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * What a response expression sees as its context {@code $}: the record's fields, and the record itself under
 * {@code response}, so that both {@code Email} and {@code response.Email} read the field, as hosted unified APIs'
 * mappings expect. {@code response} is not listed among the entries ({@code $keys($)} gives the record's fields); a
 * record field named {@code response} is hidden by it. A read-only view; thread-confined like the record scope.
 */
final class ResponseContext extends AbstractMap<String, Object> {

    static final String RESPONSE = "response";

    private final Map<String, Object> record;

    ResponseContext(Map<String, Object> record) {
        this.record = record;
    }

    @Override
    public Object get(Object key) {
        return RESPONSE.equals(key) ? record : record.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return RESPONSE.equals(key) || record.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return record.entrySet();
    }

    @Override
    public int size() {
        return record.size();
    }
}
