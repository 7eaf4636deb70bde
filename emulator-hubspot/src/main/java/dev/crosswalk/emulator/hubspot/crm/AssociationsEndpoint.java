package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.Associations;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.Json;
import dev.crosswalk.emulator.hubspot.oauth.Grant;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /crm/v4/objects/{type}/{id}/associations/{toType}}: the linked records with every association type; and
 * {@code POST /crm/v4/associations/{fromType}/{toType}/batch/read}: the same for up to 1,000 records at once (ids the
 * portal does not have are left out).
 */
public final class AssociationsEndpoint {

    private static final int MAX_PAGE = 500;
    private static final int MAX_BATCH = 1000;

    private final Gate gate;

    /** An endpoint whose calls {@code gate} authenticates and counts. */
    public AssociationsEndpoint(Gate gate) {
        this.gate = gate;
    }

    /** Adds the v4 association routes. */
    public void register(RouteTable<HubSpotCall> routes) {
        routes.on("GET", "/crm/v4/objects/(?<type>[^/]+)/(?<id>[^/]+)/associations/(?<toType>[^/]+)", this::list);
        routes.on("POST", "/crm/v4/associations/(?<type>[^/]+)/(?<toType>[^/]+)/batch/read", this::batchRead);
    }

    private void batchRead(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        ObjectType toType = ObjectType.require(call.pathParam("toType"));
        JsonNode inputs = call.jsonBody().path("inputs");
        if (!inputs.isArray() || inputs.isEmpty() || inputs.size() > MAX_BATCH) {
            throw ApiError.validation("inputs must hold from 1 to " + MAX_BATCH + " ids");
        }
        ObjectNode body = Json.object().put("status", "COMPLETE");
        ArrayNode results = body.putArray("results");
        synchronized (grant.portal()) {
            for (JsonNode input : inputs) {
                String id = input.path("id").asText();
                grant.portal().find(type, id, false).ifPresent(object -> {
                    ObjectNode result = results.addObject();
                    result.putObject("from").put("id", object.id());
                    ArrayNode to = result.putArray("to");
                    grant.portal().associations().of(type, object.id(), toType)
                            .forEach(link -> types(to.addObject().put("toObjectId", Long.toString(link.toId())), link));
                });
            }
        }
        call.json(200, body);
    }

    private static void types(ObjectNode target, Associations.Link link) {
        ArrayNode types = target.putArray("associationTypes");
        link.types().stream().sorted().forEach(t -> types.addObject().put("category", "HUBSPOT_DEFINED")
                .put("typeId", t.typeId()).put("label", t.label().orElse(null)));
    }

    private void list(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        ObjectType toType = ObjectType.require(call.pathParam("toType"));
        int limit = Math.min(MAX_PAGE, Math.max(1, call.intParam("limit").orElse(MAX_PAGE)));
        long after = call.queryParam("after").map(AssociationsEndpoint::offset).orElse(0L);
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        synchronized (grant.portal()) {
            CrmObject object = grant.portal().find(type, call.pathParam("id"), false)
                    .orElseThrow(() -> ObjectEndpoints.notFound(type, call.pathParam("id")));
            List<Associations.Link> links = grant.portal().associations().of(type, object.id(), toType);
            long end = Math.min(links.size(), after + limit);
            for (long i = after; i < end; i++) {
                Associations.Link link = links.get((int) i);
                types(results.addObject().put("toObjectId", Long.toString(link.toId())), link);
            }
            if (end < links.size()) {
                body.putObject("paging").putObject("next").put("after", Long.toString(end));
            }
        }
        call.json(200, body);
    }

    private static long offset(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ApiError.validation("Invalid value for 'after': " + after);
        }
    }
}
