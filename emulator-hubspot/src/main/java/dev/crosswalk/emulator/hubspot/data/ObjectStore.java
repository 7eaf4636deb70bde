package dev.crosswalk.emulator.hubspot.data;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The records of one object type in one portal, in id order. Guarded by the portal's lock. */
public final class ObjectStore {

    private final ObjectType type;
    private final TreeMap<Long, CrmObject> records = new TreeMap<>();
    private long nextId;

    ObjectStore(ObjectType type) {
        this.type = type;
        this.nextId = type.firstId();
    }

    /** Creates a record with the next id at {@code at}. */
    public CrmObject create(Instant at, Map<String, String> values) {
        CrmObject created = new CrmObject(type, nextId++, at, values);
        records.put(created.id(), created);
        return created;
    }

    /** A record by id, archived or not. */
    Optional<CrmObject> find(long id) {
        return Optional.ofNullable(records.get(id));
    }

    /** Records with an id of at least {@code fromId}, in id order. */
    public Collection<CrmObject> from(long fromId) {
        return records.tailMap(fromId, true).values();
    }

    /** @return every record, archived ones included, in id order */
    public Collection<CrmObject> all() {
        return records.values();
    }
}
