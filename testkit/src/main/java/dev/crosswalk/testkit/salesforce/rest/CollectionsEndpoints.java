package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.data.Transaction;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.DmlException;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.query.Projection;
import dev.crosswalk.testkit.salesforce.query.RecordJson;
import dev.crosswalk.testkit.salesforce.query.RowResolver;
import dev.crosswalk.testkit.salesforce.soql.SoqlErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sObject Collections, {@code /composite/sobjects}: create, update, upsert, delete (≤ 200 records) and retrieve.
 * Per-record errors use {@code statusCode} (not REST's {@code errorCode}); {@code allOrNone} rolls everything back.
 */
public final class CollectionsEndpoints {

    static final int MAX_RECORDS = 200;
    static final int MAX_RETRIEVE = 2000;
    private static final String BASE = "/services/data/v(?<version>\\d+\\.\\d+)/composite/sobjects";
    private static final String ROLLED_BACK = "Record rolled back because not all records were valid and the request was"
            + " using AllOrNone header";

    private final Platform platform;
    private final RestGate gate;

    public CollectionsEndpoints(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    public void register(Router router) {
        router.on("POST", BASE + "/?", call -> write(call, Operation.CREATE))
                .on("PATCH", BASE + "/?", call -> write(call, Operation.UPDATE))
                .on("DELETE", BASE + "/?", this::delete)
                .on("PATCH", BASE + "/(?<type>[A-Za-z][A-Za-z0-9_]*)/(?<field>[A-Za-z][A-Za-z0-9_]*)/?", call -> write(call, Operation.UPSERT))
                .on("GET", BASE + "/(?<type>[A-Za-z][A-Za-z0-9_]*)/?", this::retrieveByQuery)
                .on("POST", BASE + "/(?<type>[A-Za-z][A-Za-z0-9_]*)/?", this::retrieveByBody);
    }

    private enum Operation { CREATE, UPDATE, UPSERT }

    /** One record's outcome: a result body, and whether it succeeded. */
    private record Outcome(ObjectNode result, boolean success, String id) {
    }

    private void write(Call call, Operation operation) throws IOException {
        AccessSession session = gate.admit(call);
        JsonNode body = SObjectEndpoints.jsonObject(call);
        JsonNode records = body.path("records");
        if (!records.isArray()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "The request must contain a records array");
        }
        if (records.size() > MAX_RECORDS) {
            throw new ApiException(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than " + MAX_RECORDS
                    + " records into this call");
        }
        Dml dml = new Dml(session.org(), session.user(), platform.clock());
        Optional<ObjectDef> pathType = operation == Operation.UPSERT ? Optional.of(SObjectEndpoints.type(session, call)) : Optional.empty();
        boolean allOrNone = body.path("allOrNone").asBoolean(false);
        List<Outcome> outcomes = new ArrayList<>();
        try (Transaction transaction = Transaction.begin()) {
            for (JsonNode record : records) {
                outcomes.add(apply(call, dml, session, operation, pathType, record));
            }
            if (allOrNone && outcomes.stream().anyMatch(o -> !o.success())) {
                transaction.rollback();
                outcomes.replaceAll(o -> o.success()
                        ? new Outcome(SaveResults.failure(operation == Operation.CREATE ? null : o.id(),
                                "ALL_OR_NONE_OPERATION_ROLLED_BACK", ROLLED_BACK, List.of()), false, o.id())
                        : o);
            }
        }
        ArrayNode response = Json.MAPPER.createArrayNode();
        outcomes.forEach(o -> response.add(o.result()));
        call.json(200, response);
    }

    private Outcome apply(Call call, Dml dml, AccessSession session, Operation operation, Optional<ObjectDef> pathType,
            JsonNode record) {
        String id = record.hasNonNull("id") ? record.get("id").asText() : record.hasNonNull("Id") ? record.get("Id").asText() : null;
        try {
            ObjectDef type = pathType.orElseGet(() -> typeOf(session, record));
            return switch (operation) {
                case CREATE -> {
                    if (id != null) {
                        throw new DmlException("INVALID_FIELD", "cannot specify Id in an insert call", List.of("Id"));
                    }
                    Row row = dml.insert(type, dml.fromJson(type, record, true));
                    yield new Outcome(SaveResults.success(row.id()), true, row.id());
                }
                case UPDATE -> {
                    if (id == null) {
                        throw new DmlException("MISSING_ARGUMENT", "Id not specified in an update call", List.of());
                    }
                    Row row = dml.update(type, id, dml.fromJson(type, record, false));
                    yield new Outcome(SaveResults.success(row.id()), true, row.id());
                }
                case UPSERT -> {
                    FieldDef key = type.field(call.pathParam("field")).filter(FieldDef::externalId)
                            .orElseThrow(() -> new ApiException(404, "NOT_FOUND",
                                    "Provided external ID field does not exist or is not accessible: " + call.pathParam("field")));
                    JsonNode value = record.get(key.name());
                    if (value == null || value.isNull() || value.asText().isEmpty()) {
                        throw new DmlException("MISSING_ARGUMENT", key.name() + " not specified", List.of());
                    }
                    ObjectNode fields = record.deepCopy();
                    fields.remove(key.name());
                    Dml.Upserted result = dml.upsert(type, key, value.asText(), dml.fromJson(type, fields, true), dml.now());
                    ObjectNode ok = SaveResults.success(result.row().id()).put("created", result.created());
                    yield new Outcome(ok, true, result.row().id());
                }
            };
        } catch (DmlException e) {
            return new Outcome(SaveResults.failure(id, e.statusCode(), e.getMessage(), e.fields()), false, id);
        } catch (Dml.MultipleMatchesException e) {
            return new Outcome(SaveResults.failure(id, "DUPLICATE_EXTERNAL_ID",
                    "The external ID matched more than one record", List.of()), false, id);
        }
    }

    private static ObjectDef typeOf(AccessSession session, JsonNode record) {
        String type = record.path("attributes").path("type").asText("");
        if (type.isEmpty()) {
            throw new DmlException("INVALID_TYPE", "Must specify a type in the attributes of each record", List.of());
        }
        return session.org().schema().object(type)
                .orElseThrow(() -> new DmlException("INVALID_TYPE", SoqlErrors.unsupportedType(type), List.of()));
    }

    private void delete(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        List<String> ids = Call.split(call.queryParam("ids").orElse(""));
        if (ids.size() > MAX_RECORDS) {
            throw new ApiException(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than " + MAX_RECORDS
                    + " records into this call");
        }
        boolean allOrNone = Boolean.parseBoolean(call.queryParam("allOrNone").orElse("false"));
        Dml dml = new Dml(session.org(), session.user(), platform.clock());
        List<Outcome> outcomes = new ArrayList<>();
        try (Transaction transaction = Transaction.begin()) {
            for (String id : ids) {
                try {
                    Row row = session.org().findAny(id)
                            .orElseThrow(() -> new DmlException("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of()));
                    dml.delete(row.type(), row.id());
                    outcomes.add(new Outcome(SaveResults.success(row.id()), true, row.id()));
                } catch (DmlException e) {
                    outcomes.add(new Outcome(SaveResults.failure(id, e.statusCode(), e.getMessage(), e.fields()), false, id));
                }
            }
            if (allOrNone && outcomes.stream().anyMatch(o -> !o.success())) {
                transaction.rollback();
                outcomes.replaceAll(o -> o.success()
                        ? new Outcome(SaveResults.failure(o.id(), "ALL_OR_NONE_OPERATION_ROLLED_BACK", ROLLED_BACK, List.of()), false, o.id())
                        : o);
            }
        }
        ArrayNode response = Json.MAPPER.createArrayNode();
        outcomes.forEach(o -> response.add(o.result()));
        call.json(200, response);
    }

    private void retrieveByQuery(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        retrieve(call, session, Call.split(call.queryParam("ids").orElse("")), call.queryParam("fields"));
    }

    private void retrieveByBody(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        JsonNode body = SObjectEndpoints.jsonObject(call);
        List<String> ids = new ArrayList<>();
        body.path("ids").forEach(id -> ids.add(id.asText()));
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(field -> fields.add(field.asText()));
        retrieve(call, session, ids, fields.isEmpty() ? Optional.empty() : Optional.of(String.join(",", fields)));
    }

    private void retrieve(Call call, AccessSession session, List<String> ids, Optional<String> fields) throws IOException {
        if (ids.size() > MAX_RETRIEVE) {
            throw new ApiException(400, "EXCEEDED_ID_LIMIT", "Too many ids: at most " + MAX_RETRIEVE + " can be retrieved");
        }
        if (fields.isEmpty()) {
            throw new ApiException(400, "MISSING_ARGUMENT", "fields must be specified");
        }
        ObjectDef type = SObjectEndpoints.type(session, call);
        ObjectTable table = session.org().table(type);
        Projection projection = SObjectEndpoints.projection(session.org().schema(), type, fields);
        RecordJson json = new RecordJson(SObjectEndpoints.version(call), new RowResolver(session.org()), Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(bytes)) {
            g.writeStartArray();
            for (String id : ids) {
                Optional<Row> row = table.find(id).filter(r -> !table.isDeleted(r.number()));
                if (row.isPresent()) {
                    json.write(g, row.get(), projection);
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        }
        call.send(200, "application/json;charset=UTF-8", bytes.toByteArray());
    }
}
