package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.http.ApiVersions;
import dev.crosswalk.testkit.salesforce.http.Call;
import dev.crosswalk.testkit.salesforce.http.DmlException;
import dev.crosswalk.testkit.salesforce.http.Json;
import dev.crosswalk.testkit.salesforce.oauth.AccessSession;
import dev.crosswalk.testkit.salesforce.oauth.Platform;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.query.FieldPath;
import dev.crosswalk.testkit.salesforce.query.Projection;
import dev.crosswalk.testkit.salesforce.query.RecordJson;
import dev.crosswalk.testkit.salesforce.query.RowResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /sobjects} records: create, retrieve, update, delete, and retrieval, upsert and delete by external id.
 * Register after {@link DescribeEndpoints} and {@link ReplicationEndpoints}, whose fixed paths would otherwise be taken
 * for record ids.
 */
public final class SObjectEndpoints {

    static final String BASE = "/services/data/v(?<version>\\d+\\.\\d+)/sobjects";
    static final String TYPE = "/(?<type>[A-Za-z][A-Za-z0-9_]*)";
    /** The first API version whose upsert results say whether the record was {@code created}. */
    private static final int UPSERT_CREATED_SINCE = 46;

    private final Platform platform;
    private final RestGate gate;

    public SObjectEndpoints(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    public void register(Router router) {
        router.on("POST", BASE + TYPE + "/?", this::create)
                .on("POST", BASE + TYPE + "/Id/?", this::insertViaIdUpsert)
                .on("GET", BASE + TYPE + "/(?<id>[^/]+)", this::retrieve)
                .on("PATCH", BASE + TYPE + "/(?<id>[^/]+)", this::update)
                .on("DELETE", BASE + TYPE + "/(?<id>[^/]+)", this::delete)
                .on("GET", BASE + TYPE + "/(?<field>[A-Za-z][A-Za-z0-9_]*)/(?<value>[^/]+)", this::retrieveByExternalId)
                .on("PATCH", BASE + TYPE + "/(?<field>[A-Za-z][A-Za-z0-9_]*)/(?<value>[^/]+)", this::upsert)
                .on("DELETE", BASE + TYPE + "/(?<field>[A-Za-z][A-Za-z0-9_]*)/(?<value>[^/]+)", this::deleteByExternalId);
    }

    static String version(Call call) {
        return "v" + call.pathParam("version");
    }

    private void create(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Dml dml = dml(session);
        try {
            Row row = dml.insert(type, dml.fromJson(type, jsonObject(call), true));
            call.responseHeaders().set("Location", "/services/data/" + version(call) + "/sobjects/" + type.name() + "/" + row.id());
            call.json(201, SaveResults.created(row));
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
    }

    private void retrieve(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Row row = live(session.org().table(type), call.pathParam("id"));
        writeRecord(call, session.org(), row, projection(session.org().schema(), type, call.queryParam("fields")));
    }

    private void update(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Dml dml = dml(session);
        try {
            dml.update(type, call.pathParam("id"), dml.fromJson(type, jsonObject(call), false));
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
        call.empty(204);
    }

    private void delete(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        try {
            dml(session).delete(type, call.pathParam("id"));
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
        call.empty(204);
    }

    private void retrieveByExternalId(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        FieldDef field = externalIdField(type, call.pathParam("field"));
        List<Row> matches = dml(session).findByExternalId(type, field, call.pathParam("value"));
        if (matches.isEmpty()) {
            throw ApiException.notFound();
        }
        if (matches.size() > 1) {
            multipleChoices(call, type, matches);
            return;
        }
        writeRecord(call, session.org(), matches.get(0), projection(session.org().schema(), type, call.queryParam("fields")));
    }

    private void upsert(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        FieldDef field = externalIdField(type, call.pathParam("field"));
        Dml dml = dml(session);
        boolean updateOnly = Boolean.parseBoolean(call.queryParam("updateOnly").orElse("false"));
        if (updateOnly && dml.findByExternalId(type, field, call.pathParam("value")).isEmpty()) {
            throw ApiException.notFound();
        }
        try {
            Dml.Upserted result = dml.upsert(type, field, call.pathParam("value"), dml.fromJson(type, jsonObject(call), true), dml.now());
            answerUpsert(call, result.row(), result.created());
        } catch (Dml.MultipleMatchesException e) {
            multipleChoices(call, type, e.matches());
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
    }

    /**
     * 201 on insert, 200 on update, with {@code created} from API 46.0; before, an insert answers a plain create result
     * and an update 204 without a body.
     */
    private static void answerUpsert(Call call, Row row, boolean created) throws IOException {
        if (ApiVersions.major(call.pathParam("version")) >= UPSERT_CREATED_SINCE) {
            call.json(created ? 201 : 200, SaveResults.upserted(row, created));
        } else if (created) {
            call.json(201, SaveResults.created(row));
        } else {
            call.empty(204);
        }
    }

    /** {@code POST /sobjects/X/Id} (v37.0+): an upsert on Id without a value, which always inserts. */
    private void insertViaIdUpsert(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Dml dml = dml(session);
        try {
            Row row = dml.insert(type, dml.fromJson(type, jsonObject(call), true));
            answerUpsert(call, row, true);
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
    }

    private void deleteByExternalId(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        FieldDef field = externalIdField(type, call.pathParam("field"));
        Dml dml = dml(session);
        List<Row> matches = dml.findByExternalId(type, field, call.pathParam("value"));
        if (matches.isEmpty()) {
            throw ApiException.notFound();
        }
        if (matches.size() > 1) {
            multipleChoices(call, type, matches);
            return;
        }
        dml.delete(type, matches.get(0).id());
        call.empty(204);
    }

    static ObjectDef type(AccessSession session, Call call) {
        return session.org().schema().object(call.pathParam("type")).orElseThrow(ApiException::notFound);
    }

    private Dml dml(AccessSession session) {
        return new Dml(session.org(), session.user(), platform.clock());
    }

    private static FieldDef externalIdField(ObjectDef type, String name) {
        return type.field(name).filter(f -> f.externalId() || f.type() == FieldType.ID)
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND",
                        "Provided external ID field does not exist or is not accessible: " + name));
    }

    static Row live(ObjectTable table, String id) {
        try {
            return Dml.live(table, id);
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
    }

    static JsonNode jsonObject(Call call) throws IOException {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(call.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "JSON_PARSER_ERROR", e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "JSON_PARSER_ERROR", "The request body must be a JSON object");
        }
        return body;
    }

    /** Every field, or those named in {@code fields=a,b} (unknown names fail as in a query). */
    static Projection projection(Schema schema, ObjectDef type, Optional<String> fields) {
        Projection projection = new Projection(type);
        if (fields.isEmpty() || fields.get().isBlank()) {
            type.fields().forEach(f -> projection.add(new FieldPath(List.of(), f, f.name()), schema));
            return projection;
        }
        projection.add(new FieldPath(List.of(), type.requiredField("Id"), "Id"), schema);
        for (String name : Call.split(fields.get())) {
            FieldDef field = type.field(name).orElseThrow(() -> new ApiException(400, "INVALID_FIELD",
                    "No such column '" + name + "' on entity '" + type.name() + "'. If you are attempting to use a custom"
                    + " field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the"
                    + " describe call for the appropriate names."));
            projection.add(new FieldPath(List.of(), field, field.name()), schema);
        }
        return projection;
    }

    private static void writeRecord(Call call, Org org, Row row, Projection projection) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(bytes)) {
            new RecordJson(version(call), new RowResolver(org), Map.of()).write(g, row, projection);
        }
        call.responseHeaders().set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                lastModified(row).atZone(ZoneOffset.UTC)));
        call.send(200, "application/json;charset=UTF-8", bytes.toByteArray());
    }

    private static Instant lastModified(Row row) {
        return row.type().field("SystemModstamp").map(f -> (Instant) row.get(f)).orElse(Instant.EPOCH);
    }

    private static void multipleChoices(Call call, ObjectDef type, List<Row> matches) throws IOException {
        ArrayNode urls = Json.MAPPER.createArrayNode();
        matches.forEach(row -> urls.add("/services/data/" + version(call) + "/sobjects/" + type.name() + "/" + row.id()));
        call.json(300, urls);
    }
}
