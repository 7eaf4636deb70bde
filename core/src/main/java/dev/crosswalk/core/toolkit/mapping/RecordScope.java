package dev.crosswalk.core.toolkit.mapping;

import java.util.Map;

/** One record being mapped: its fields, what to call it in messages, and (made on first use) its JSONata context. */
final class RecordScope {

    private final Map<String, Object> fields;
    private final String object;
    private final String id;
    private Map<String, Object> context;

    /**
     * @param fields the record's fields
     * @param object the provider object, for messages
     * @param id the record's id, for messages; {@code null} for a sample record
     */
    RecordScope(Map<String, Object> fields, String object, String id) {
        this.fields = fields;
        this.object = object;
        this.id = id;
    }

    Map<String, Object> fields() {
        return fields;
    }

    /** @return the record in messages, e.g. {@code Contact 003xx} */
    String name() {
        return id == null ? "a sample " + object + " record" : object + " " + id;
    }

    /** @return the fields with {@code response} bound to the record (see {@link ResponseContext}) */
    Map<String, Object> context() {
        if (context == null) {
            context = new ResponseContext(fields);
        }
        return context;
    }
}
