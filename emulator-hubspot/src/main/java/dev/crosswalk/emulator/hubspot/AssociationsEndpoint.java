package dev.crosswalk.emulator.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.util.List;

/** {@code GET /crm/v4/objects/{type}/{id}/associations/{toType}}: the linked records with every association type. */
final class AssociationsEndpoint {

    private static final int MAX_PAGE = 500;

    private final Gate gate;

    AssociationsEndpoint(Gate gate) {
        this.gate = gate;
    }

    void register(RouteTable<HubSpotCall> routes) {
        routes.on("GET", "/crm/v4/objects/(?<type>[^/]+)/(?<id>[^/]+)/associations/(?<toType>[^/]+)", this::list);
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
                ArrayNode types = results.addObject().put("toObjectId", Long.toString(link.toId()))
                        .putArray("associationTypes");
                link.types().stream().sorted().forEach(t -> types.addObject().put("category", "HUBSPOT_DEFINED")
                        .put("typeId", t.typeId()).put("label", t.label().orElse(null)));
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
