package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.hubspot.data.AssociationType;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.Portal;
import dev.crosswalk.emulator.hubspot.data.PropertyValues;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Creates, updates and archives records, for the single and the batch endpoints alike. Thread-safe. */
public final class ObjectWrites {

    private final Clock clock;

    /** Writes stamped by {@code clock}. */
    public ObjectWrites(Clock clock) {
        this.clock = clock;
    }

    /**
     * Creates a record from {@code {"properties": {...}, "associations": [...]}}.
     *
     * @throws ApiError 400 for bad properties or an association to a missing record or of an unknown type
     */
    CrmObject create(Portal portal, ObjectType type, JsonNode input) {
        Map<String, String> values = PropertyValues.read(type, input.path("properties"));
        synchronized (portal) {
            List<LongConsumer> links = associations(portal, type, input.path("associations"));
            CrmObject created = portal.store(type).create(clock.instant(), values);
            links.forEach(link -> link.accept(created.id()));
            return created;
        }
    }

    /** Writes the {@code properties} into a live record; empty when there is none with that id. */
    Optional<CrmObject> update(Portal portal, ObjectType type, String id, JsonNode input) {
        Map<String, String> values = PropertyValues.read(type, input.path("properties"));
        synchronized (portal) {
            Optional<CrmObject> found = portal.find(type, id, false);
            found.ifPresent(object -> object.write(values, clock.instant()));
            return found;
        }
    }

    /** Archives a live record; archiving a missing or archived one does nothing, as HubSpot answers 204 for both. */
    void archive(Portal portal, ObjectType type, String id) {
        synchronized (portal) {
            portal.find(type, id, false).ifPresent(object -> object.archive(clock.instant()));
        }
    }

    /** Checks the association inputs; each link is made once the new record's id is known. */
    private static List<LongConsumer> associations(Portal portal, ObjectType type, JsonNode inputs) {
        List<LongConsumer> links = new ArrayList<>();
        for (JsonNode input : inputs) {
            String toId = input.path("to").path("id").asText();
            for (JsonNode spec : input.path("types")) {
                int typeId = spec.path("associationTypeId").asInt();
                AssociationType association = java.util.Arrays.stream(AssociationType.values())
                        .filter(t -> t.from() == type && t.typeId() == typeId).findFirst()
                        .orElseThrow(() -> ApiError.validation("Unknown association type id " + typeId + " for " + type.path()));
                CrmObject target = portal.find(association.to(), toId, false).orElseThrow(() -> ApiError.validation(
                        "No " + association.to().singular() + " with id " + toId + " to associate"));
                links.add(newId -> portal.associations().link(association, newId, target.id()));
            }
        }
        return links;
    }
}
