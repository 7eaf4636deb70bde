package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.PropertyDef;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.Json;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.time.Instant;

/**
 * {@code GET /crm/v3/properties/{type}} (all, no paging) and {@code …/{type}/{name}}; and
 * {@code GET /crm/v3/schemas}, the portal's custom objects with their properties.
 */
public final class PropertiesEndpoint {

    private final Gate gate;
    private final Instant definedAt;

    /** @param definedAt when the catalogue's properties say they were created and last changed */
    public PropertiesEndpoint(Gate gate, Instant definedAt) {
        this.gate = gate;
        this.definedAt = definedAt;
    }

    /** Adds the properties and schemas routes. */
    public void register(RouteTable<HubSpotCall> routes) {
        String base = "/crm/v3/properties/(?<type>[^/]+)";
        routes.on("GET", base, this::all).on("GET", base + "/(?<name>[^/]+)", this::one)
                .on("GET", "/crm/v3/schemas", this::schemas);
    }

    private void schemas(HubSpotCall call) throws IOException {
        gate.crm(call);
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        for (ObjectType type : ObjectType.values()) {
            if (type.custom()) {
                String name = type.path().substring(type.path().indexOf('_') + 1);
                ObjectNode schema = results.addObject()
                        .put("id", type.typeId().substring(2))
                        .put("name", name)
                        .put("objectTypeId", type.typeId())
                        .put("fullyQualifiedName", type.path())
                        .put("primaryDisplayProperty", type.defaultProperties().get(0))
                        .put("createdAt", Json.timestamp(definedAt))
                        .put("updatedAt", Json.timestamp(definedAt))
                        .put("archived", false);
                schema.putObject("labels").put("singular", label(type.singular())).put("plural", label(name));
                ArrayNode properties = schema.putArray("properties");
                for (int i = 0; i < type.properties().size(); i++) {
                    properties.add(render(type.properties().get(i), i));
                }
            }
        }
        call.json(200, body);
    }

    private void all(HubSpotCall call) throws IOException {
        gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        if (!call.archivedParam()) {
            for (int i = 0; i < type.properties().size(); i++) {
                results.add(render(type.properties().get(i), i));
            }
        }
        call.json(200, body);
    }

    private void one(HubSpotCall call) throws IOException {
        gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        String name = call.pathParam("name");
        PropertyDef property = type.property(name)
                .orElseThrow(() -> ApiError.notFound("Property " + name + " does not exist on " + type.path()));
        call.json(200, render(property, type.properties().indexOf(property)));
    }

    private ObjectNode render(PropertyDef property, int displayOrder) {
        ObjectNode node = Json.object()
                .put("updatedAt", Json.timestamp(definedAt))
                .put("createdAt", Json.timestamp(definedAt))
                .put("name", property.name())
                .put("label", property.label())
                .put("type", property.type())
                .put("fieldType", property.fieldType())
                .put("description", property.custom() ? "Added by the portal's admin." : "")
                .put("groupName", property.groupName());
        ArrayNode options = node.putArray("options");
        for (int i = 0; i < property.options().size(); i++) {
            String value = property.options().get(i);
            options.addObject().put("label", label(value)).put("value", value).put("description", "")
                    .put("displayOrder", i).put("hidden", false);
        }
        node.put("displayOrder", displayOrder)
                .put("calculated", false)
                .put("externalOptions", false)
                .put("hasUniqueValue", property.name().equals("hs_object_id"))
                .put("hidden", false)
                .put("hubspotDefined", !property.custom())
                .put("formField", !property.readOnly())
                .put("dataSensitivity", "non_sensitive");
        node.putObject("modificationMetadata")
                .put("archivable", property.custom())
                .put("readOnlyDefinition", !property.custom())
                .put("readOnlyValue", property.readOnly());
        return node;
    }

    private static String label(String value) {
        String spaced = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
