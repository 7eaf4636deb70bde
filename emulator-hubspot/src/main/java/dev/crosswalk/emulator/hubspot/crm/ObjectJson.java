package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.Associations;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.Portal;
import dev.crosswalk.emulator.hubspot.http.Json;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders records as HubSpot's {@code SimplePublicObject}: every property value a string or null. */
final class ObjectJson {

    private ObjectJson() {
    }

    /**
     * The properties a request gets: those it names (unknown names are skipped, as HubSpot does) or the type's
     * defaults, plus the id and the two dates.
     */
    static Set<String> selection(ObjectType type, List<String> requested) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : requested.isEmpty() ? type.defaultProperties() : requested) {
            if (type.property(name).isPresent()) {
                names.add(name);
            }
        }
        names.addAll(type.alwaysReturned());
        return names;
    }

    static ObjectNode render(CrmObject object, Set<String> properties) {
        ObjectNode node = Json.object().put("id", Long.toString(object.id()));
        ObjectNode values = node.putObject("properties");
        properties.stream().sorted().forEach(name -> values.put(name, object.value(name).orElse(null)));
        node.put("createdAt", Json.timestamp(object.createdAt()));
        node.put("updatedAt", Json.timestamp(object.updatedAt()));
        node.put("archived", object.archived());
        object.archivedAt().ifPresent(at -> node.put("archivedAt", Json.timestamp(at)));
        return node;
    }

    /** Adds the v3 {@code associations} map for each named type that has links (an empty one is left out). */
    static void addAssociations(ObjectNode node, Portal portal, CrmObject object, List<ObjectType> toTypes) {
        for (ObjectType toType : toTypes) {
            List<Associations.Link> links = portal.associations().of(object.type(), object.id(), toType);
            if (links.isEmpty()) {
                continue;
            }
            ArrayNode results = (node.has("associations") ? (ObjectNode) node.get("associations") : node.putObject("associations"))
                    .putObject(toType.path()).putArray("results");
            for (Associations.Link link : links) {
                link.types().stream().sorted().forEach(type -> results.addObject()
                        .put("id", Long.toString(link.toId())).put("type", type.v3Name()));
            }
        }
    }
}
