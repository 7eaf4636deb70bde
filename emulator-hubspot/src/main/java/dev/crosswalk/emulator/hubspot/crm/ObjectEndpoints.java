package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.Portal;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.Json;
import dev.crosswalk.emulator.hubspot.oauth.Grant;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** {@code /crm/v3/objects/{type}}: list with {@code after} paging, read, create, update and archive one record. */
public final class ObjectEndpoints {

    static final String OBJECTS = "/crm/v3/objects/(?<type>[^/]+)";
    private static final int MAX_PAGE = 100;

    private final Gate gate;
    private final ObjectWrites writes;

    /** Object endpoints writing through {@code writes}. */
    public ObjectEndpoints(Gate gate, ObjectWrites writes) {
        this.gate = gate;
        this.writes = writes;
    }

    /** Adds the list, read, create, update and archive routes. */
    public void register(RouteTable<HubSpotCall> routes) {
        routes.on("GET", OBJECTS, this::list)
                .on("POST", OBJECTS, this::create)
                .on("GET", OBJECTS + "/(?<id>[^/]+)", this::read)
                .on("PATCH", OBJECTS + "/(?<id>[^/]+)", this::update)
                .on("DELETE", OBJECTS + "/(?<id>[^/]+)", this::archive);
    }

    private void list(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        int limit = call.intParam("limit").orElse(10);
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiError.validation("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        long from = call.queryParam("after").map(ObjectEndpoints::decodeCursor).orElse(0L);
        boolean archived = call.archivedParam();
        Set<String> properties = ObjectJson.selection(type, call.queryList("properties"));
        List<ObjectType> associations = call.queryList("associations").stream().map(ObjectType::require).toList();
        ObjectNode page = Json.object();
        ArrayNode results = page.putArray("results");
        Portal portal = grant.portal();
        synchronized (portal) {
            Iterator<CrmObject> records = portal.store(type).from(from).stream().filter(o -> o.archived() == archived).iterator();
            while (records.hasNext() && results.size() < limit) {
                CrmObject object = records.next();
                ObjectNode node = ObjectJson.render(object, properties);
                ObjectJson.addAssociations(node, portal, object, associations);
                results.add(node);
            }
            if (records.hasNext()) {
                String after = encodeCursor(records.next().id());
                page.putObject("paging").putObject("next").put("after", after)
                        .put("link", "http://" + call.header("Host").orElse("127.0.0.1") + "/crm/v3/objects/" + call.pathParam("type") + "?after=" + after);
            }
        }
        call.json(200, page);
    }

    private void read(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        Portal portal = grant.portal();
        ObjectNode node;
        synchronized (portal) {
            CrmObject object = find(portal, type, call.pathParam("id"), call.queryParam("idProperty").orElse(null), call.archivedParam());
            node = ObjectJson.render(object, ObjectJson.selection(type, call.queryList("properties")));
            ObjectJson.addAssociations(node, portal, object,
                    call.queryList("associations").stream().map(ObjectType::require).toList());
        }
        call.json(200, node);
    }

    private void create(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        CrmObject created = writes.create(grant.portal(), type, call.jsonBody());
        synchronized (grant.portal()) {
            call.json(201, ObjectJson.render(created, ObjectJson.selection(type, List.of())));
        }
    }

    private void update(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        CrmObject updated = writes.update(grant.portal(), type, call.pathParam("id"), call.jsonBody())
                .orElseThrow(() -> notFound(type, call.pathParam("id")));
        synchronized (grant.portal()) {
            call.json(200, ObjectJson.render(updated, ObjectJson.selection(type, List.of())));
        }
    }

    private void archive(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        writes.archive(grant.portal(), ObjectType.require(call.pathParam("type")), call.pathParam("id"));
        call.empty(204);
    }

    /** A record by id, or by a unique property ({@code idProperty=email}). Call with the portal's lock held. */
    private static CrmObject find(Portal portal, ObjectType type, String id, String idProperty, boolean archived) {
        if (idProperty == null || idProperty.equals("hs_object_id")) {
            return portal.find(type, id, archived).orElseThrow(() -> notFound(type, id));
        }
        return portal.store(type).all().stream()
                .filter(o -> o.archived() == archived && o.value(idProperty).filter(id::equalsIgnoreCase).isPresent())
                .findFirst().orElseThrow(() -> notFound(type, id));
    }

    static ApiError notFound(ObjectType type, String id) {
        return ApiError.notFound("Object not found. No " + type.singular() + " with id " + id + " exists.");
    }

    /** The list cursor: opaque to clients, the next record's id inside. */
    private static String encodeCursor(long nextId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(nextId).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(String after) {
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ApiError.validation("Invalid value for 'after': " + after);
        }
    }
}
