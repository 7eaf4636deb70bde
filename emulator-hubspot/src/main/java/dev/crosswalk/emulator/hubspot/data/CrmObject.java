package dev.crosswalk.emulator.hubspot.data;

import dev.crosswalk.emulator.hubspot.http.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One record of a portal. Mutable; guarded by its portal's lock. */
public final class CrmObject {

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
    public void write(Map<String, String> values, Instant at) {
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

    /** Archives the record at {@code at}. */
    public void archive(Instant at) {
        archivedAt = at;
    }

    /** @return the record's object type */
    public ObjectType type() {
        return type;
    }

    /** @return the record's id, unique within its type and portal */
    public long id() {
        return id;
    }

    /** @return a property's value as HubSpot sends it, a string */
    public Optional<String> value(String property) {
        return Optional.ofNullable(properties.get(property));
    }

    /** @return when the record was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the record was last written */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return whether the record is archived */
    public boolean archived() {
        return archivedAt != null;
    }

    /** @return when the record was archived, if it was */
    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }
}
