package dev.crosswalk.testkit.salesforce;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /sobjects}: describe, CRUD, retrieval and upsert by external id, and the updated/deleted windows. */
final class SObjectEndpoints {

    private static final String BASE = "/services/data/v(?<version>\\d+\\.\\d+)/sobjects";
    private static final String TYPE = "/(?<type>[A-Za-z][A-Za-z0-9_]*)";

    private final Platform platform;
    private final RestGate gate;

    SObjectEndpoints(Platform platform, RestGate gate) {
        this.platform = platform;
        this.gate = gate;
    }

    void register(Router router) {
        router.on("GET", BASE + "/?", this::describeGlobal)
                .on("GET", BASE + TYPE + "/?", this::basicInfo)
                .on("POST", BASE + TYPE + "/?", this::create)
                .on("GET", BASE + TYPE + "/describe/?", this::describe)
                .on("GET", BASE + TYPE + "/updated/?", this::updated)
                .on("GET", BASE + TYPE + "/deleted/?", this::deleted)
                .on("GET", BASE + TYPE + "/listviews/?", this::listViews)
                .on("GET", BASE + TYPE + "/quickActions/?", this::quickActions)
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

    private void describeGlobal(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        if (notModified(call)) {
            return;
        }
        lastModified(call);
        call.json(200, Describe.global(session.org().schema(), version(call)));
    }

    private void describe(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        if (notModified(call)) {
            return;
        }
        lastModified(call);
        call.json(200, Describe.sobject(session.org().schema(), type, version(call), platform.base()));
    }

    private void basicInfo(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        ObjectNode body = Json.object();
        body.set("objectDescribe", Describe.globalEntry(type, version(call)));
        body.putArray("recentItems");
        call.json(200, body);
    }

    /** The org has no list views: an empty, well-formed collection. */
    private void listViews(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        ObjectNode body = Json.object().put("done", true);
        body.putArray("listviews");
        body.putNull("nextRecordsUrl");
        body.put("size", 0).put("sobjectType", type.name());
        call.json(200, body);
    }

    /** The org has no quick actions. */
    private void quickActions(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        type(session, call);
        call.json(200, Json.MAPPER.createArrayNode());
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
            int major = Integer.parseInt(call.pathParam("version").split("\\.")[0]);
            if (major < 46 && !result.created()) {
                call.empty(204);
                return;
            }
            call.json(result.created() ? 201 : 200, SaveResults.upserted(result.row(), result.created()));
        } catch (Dml.MultipleMatchesException e) {
            multipleChoices(call, type, e.matches());
        } catch (DmlException e) {
            throw ApiException.of(e);
        }
    }

    /** {@code POST /sobjects/X/Id} (v37.0+): an upsert on Id without a value, which always inserts. */
    private void insertViaIdUpsert(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Dml dml = dml(session);
        try {
            Row row = dml.insert(type, dml.fromJson(type, jsonObject(call), true));
            call.json(201, SaveResults.upserted(row, true));
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

    private void updated(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Instant[] window = window(call, 30);
        FieldDef stamp = type.requiredField("SystemModstamp");
        ObjectNode body = Json.object();
        ArrayNode ids = body.putArray("ids");
        for (Iterator<Row> rows = session.org().table(type).scan(false); rows.hasNext();) {
            Row row = rows.next();
            Instant modified = (Instant) row.get(stamp);
            if (!modified.isBefore(window[0]) && modified.isBefore(window[1])) {
                ids.add(row.id());
            }
        }
        body.put("latestDateCovered", Json.datetime(window[1]));
        call.json(200, body);
    }

    private void deleted(Call call) throws IOException {
        AccessSession session = gate.admit(call);
        ObjectDef type = type(session, call);
        Instant[] window = window(call, 15);
        ObjectTable table = session.org().table(type);
        ObjectNode body = Json.object();
        ArrayNode deleted = body.putArray("deletedRecords");
        Instant earliest = window[1];
        for (Map.Entry<Long, Instant> entry : table.deletions().entrySet()) {
            Instant when = entry.getValue();
            earliest = when.isBefore(earliest) ? when : earliest;
            if (!when.isBefore(window[0]) && when.isBefore(window[1])) {
                table.row(entry.getKey()).ifPresent(row ->
                        deleted.addObject().put("id", row.id()).put("deletedDate", Json.datetime(when)));
            }
        }
        body.put("earliestDateAvailable", Json.datetime(earliest.truncatedTo(ChronoUnit.MINUTES)));
        body.put("latestDateCovered", Json.datetime(window[1]));
        call.json(200, body);
    }

    /**
     * {@code [start, latestDateCovered)}: the window ends at {@code min(end, now)} cut back to a whole minute, as the
     * platform's does, so changes of the current minute appear in the next window.
     */
    private Instant[] window(Call call, int maxDaysBack) {
        Instant start = instantParam(call, "start");
        Instant end = instantParam(call, "end");
        Instant now = platform.clock().instant();
        if (!start.isBefore(end)) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "start date must be before end date");
        }
        if (start.isBefore(now.minus(maxDaysBack, ChronoUnit.DAYS))) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "start date cannot be more than " + maxDaysBack + " days ago");
        }
        Instant latest = (end.isAfter(now) ? now : end).truncatedTo(ChronoUnit.MINUTES);
        return new Instant[] {start, latest};
    }

    private static Instant instantParam(Call call, String name) {
        String raw = call.queryParam(name)
                .orElseThrow(() -> new ApiException(400, "MISSING_ARGUMENT", "Missing required parameter: " + name));
        try {
            return OffsetDateTime.parse(raw.replace(' ', '+').replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "INVALID_REPLICATION_DATE", "invalid date: " + raw);
        }
    }

    private boolean notModified(Call call) throws IOException {
        Optional<String> since = call.header("If-Modified-Since");
        if (since.isEmpty()) {
            return false;
        }
        try {
            Instant when = ZonedDateTime.parse(since.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            if (!platform.startedAt().isAfter(when)) {
                call.empty(304);
                return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private void lastModified(Call call) {
        call.responseHeaders().set("Last-Modified",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(platform.startedAt().atZone(ZoneOffset.UTC)));
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
