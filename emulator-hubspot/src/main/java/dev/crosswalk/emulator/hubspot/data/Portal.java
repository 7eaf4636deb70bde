package dev.crosswalk.emulator.hubspot.data;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One HubSpot account (hub id) with its records and their associations. Every read and write of its data holds the
 * portal's monitor ({@code synchronized (portal)}).
 */
public final class Portal {

    private final long hubId;
    private final String domain;
    private final Map<ObjectType, ObjectStore> stores = new EnumMap<>(ObjectType.class);
    private final Associations associations = new Associations();

    /** An empty portal with a store per object type. */
    public Portal(long hubId, String domain) {
        this.hubId = hubId;
        this.domain = domain;
        for (ObjectType type : ObjectType.values()) {
            stores.put(type, new ObjectStore(type));
        }
    }

    /** @return the portal's hub id */
    public long hubId() {
        return hubId;
    }

    /** The portal's HubSpot domain as token info reports it, e.g. {@code acme-123.example.com}. */
    public String domain() {
        return domain;
    }

    /** @return the records of one type */
    public ObjectStore store(ObjectType type) {
        return stores.get(type);
    }

    /** @return the links between the portal's records */
    public Associations associations() {
        return associations;
    }

    /** A record by its id in the path, archived ones only when {@code archived}. */
    public Optional<CrmObject> find(ObjectType type, String id, boolean archived) {
        try {
            return store(type).find(Long.parseLong(id)).filter(found -> found.archived() == archived);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
