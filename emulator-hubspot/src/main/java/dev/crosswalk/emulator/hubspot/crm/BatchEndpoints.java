package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.PropertyValues;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.Json;
import dev.crosswalk.emulator.hubspot.oauth.Grant;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /crm/v3/objects/{type}/batch/read|create|update|archive}: at most 100 inputs a call; missing ids answer
 * 207 with an {@code OBJECT_NOT_FOUND} error beside the records found.
 */
public final class BatchEndpoints {

    static final int MAX_INPUTS = 100;

    private final Gate gate;
    private final ObjectWrites writes;
    private final Clock clock;

    /** Batch endpoints writing through {@code writes}, timing answers by {@code clock}. */
    public BatchEndpoints(Gate gate, ObjectWrites writes, Clock clock) {
        this.gate = gate;
        this.writes = writes;
        this.clock = clock;
    }

    /** Adds the four batch routes. */
    public void register(RouteTable<HubSpotCall> routes) {
        String batch = ObjectEndpoints.OBJECTS + "/batch/";
        routes.on("POST", batch + "read", this::read)
                .on("POST", batch + "create", this::create)
                .on("POST", batch + "update", this::update)
                .on("POST", batch + "archive", this::archive);
    }

    private void read(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        ObjectNode body = call.jsonBody();
        List<String> requested = new ArrayList<>();
        body.path("properties").forEach(name -> requested.add(name.asText()));
        Set<String> properties = ObjectJson.selection(type, requested);
        Instant started = clock.instant();
        List<ObjectNode> results = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        synchronized (grant.portal()) {
            for (JsonNode input : inputs(body)) {
                String id = input.path("id").asText();
                Optional<CrmObject> found = grant.portal().find(type, id, call.archivedParam());
                found.ifPresentOrElse(object -> results.add(ObjectJson.render(object, properties)), () -> missing.add(id));
            }
        }
        answer(call, 200, started, results, type, missing);
    }

    private void create(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        Instant started = clock.instant();
        List<JsonNode> inputs = validInputs(call, type);
        List<ObjectNode> results = new ArrayList<>();
        synchronized (grant.portal()) {
            for (JsonNode input : inputs) {
                results.add(ObjectJson.render(writes.create(grant.portal(), type, input), ObjectJson.selection(type, List.of())));
            }
        }
        answer(call, 201, started, results, type, List.of());
    }

    private void update(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        Instant started = clock.instant();
        List<JsonNode> inputs = validInputs(call, type);
        List<ObjectNode> results = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        synchronized (grant.portal()) {
            for (JsonNode input : inputs) {
                String id = input.path("id").asText();
                writes.update(grant.portal(), type, id, input).ifPresentOrElse(
                        object -> results.add(ObjectJson.render(object, ObjectJson.selection(type, List.of()))), () -> missing.add(id));
            }
        }
        answer(call, 200, started, results, type, missing);
    }

    private void archive(HubSpotCall call) throws IOException {
        Grant grant = gate.crm(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        for (JsonNode input : inputs(call.jsonBody())) {
            writes.archive(grant.portal(), type, input.path("id").asText());
        }
        call.empty(204);
    }

    /** The inputs of a write, every one's properties checked before any is written (a batch fails as a whole). */
    private static List<JsonNode> validInputs(HubSpotCall call, ObjectType type) throws IOException {
        List<JsonNode> inputs = inputs(call.jsonBody());
        inputs.forEach(input -> PropertyValues.read(type, input.path("properties")));
        return inputs;
    }

    /** @throws ApiError 400 when there are no inputs or more than {@value #MAX_INPUTS} */
    private static List<JsonNode> inputs(ObjectNode body) {
        JsonNode inputs = body.path("inputs");
        if (!inputs.isArray() || inputs.isEmpty()) {
            throw ApiError.validation("inputs must be a non-empty array");
        }
        if (inputs.size() > MAX_INPUTS) {
            throw ApiError.validation("Batch input limit exceeded: " + inputs.size() + " inputs, at most " + MAX_INPUTS);
        }
        List<JsonNode> list = new ArrayList<>();
        inputs.forEach(list::add);
        return list;
    }

    private void answer(HubSpotCall call, int status, Instant started, List<ObjectNode> results, ObjectType type,
            List<String> missing) throws IOException {
        ObjectNode body = Json.object().put("status", "COMPLETE");
        body.putArray("results").addAll(results);
        if (!missing.isEmpty()) {
            body.put("numErrors", 1);
            ObjectNode error = body.putArray("errors").addObject().put("status", "error").put("category", "OBJECT_NOT_FOUND")
                    .put("message", "Could not find some " + type.path() + " by id; they may be archived or never existed.");
            ArrayNode ids = error.putObject("context").putArray("ids");
            missing.forEach(ids::add);
            error.putArray("errors");
            error.putObject("links");
        }
        body.put("startedAt", Json.timestamp(started)).put("completedAt", Json.timestamp(clock.instant()));
        call.json(missing.isEmpty() ? status : 207, body);
    }
}
