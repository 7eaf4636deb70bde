package dev.crosswalk.emulator.hubspot;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One record of a portal. Mutable; guarded by its portal's lock. */
final class CrmObject {

    private final ObjectType type;
    private final long id;
    private final Map<String, String> properties = new TreeMap<>();
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant archivedAt;

    CrmObject(ObjectType type, long id, Instant createdAt, Map<String, String> values) {
        this.type = type;
        this.id = id;
        this.createdAt = createdAt;
        properties.put("hs_object_id", Long.toString(id));
        properties.put(type.createdProperty(), Json.timestamp(createdAt));
        write(values, createdAt);
    }

    /** Sets the values (null removes one) and stamps the last-modified date. */
    void write(Map<String, String> values, Instant at) {
        values.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                properties.remove(name);
            } else {
                properties.put(name, value);
            }
        });
        updatedAt = at;
        properties.put(type.lastModifiedProperty(), Json.timestamp(at));
    }

    void archive(Instant at) {
        archivedAt = at;
    }

    ObjectType type() {
        return type;
    }

    long id() {
        return id;
    }

    Optional<String> value(String property) {
        return Optional.ofNullable(properties.get(property));
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean archived() {
        return archivedAt != null;
    }

    Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }
}
