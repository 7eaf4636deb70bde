package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.port.out.crm.RecordPort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads records of HubSpot's CRM objects. A query with no condition and no order is a plain list
 * ({@code GET /crm/v3/objects/{object}}, at most 100 a page, active records and then, when asked, archived ones);
 * anything else goes to {@link HubSpotSearch}. The primary company comes with the list call's associations. Page
 * tokens are {@code a<after>} (active) and {@code d<after>} (archived), {@code after} being HubSpot's cursor.
 * Thread-safe.
 */
final class HubSpotRecords implements RecordPort {

    static final int LIST_MAX = 100;

    private static final ReadCapabilities CAPABILITIES = ReadCapabilities.builder()
            .operators(EnumSet.of(FieldFilter.Operator.EQUALS, FieldFilter.Operator.NOT_EQUALS,
                    FieldFilter.Operator.IN, FieldFilter.Operator.NOT_IN, FieldFilter.Operator.GREATER_THAN,
                    FieldFilter.Operator.GREATER_OR_EQUAL, FieldFilter.Operator.LESS_THAN,
                    FieldFilter.Operator.LESS_OR_EQUAL))
            .searchTerm(true)
            .includeDeleted(true)
            .ordering(true)
            .createdRange(true)
            .updatedRange(true)
            .maxIds(LIST_MAX)
            .build();

    private final HubSpotCalls calls;
    private final HubSpotSchema schema;
    private final HubSpotSearch search;
    private final int maxPropertiesPerUrl;

    HubSpotRecords(HubSpotCalls calls, HubSpotSchema schema, int searchesPerSecond, int maxPropertiesPerUrl) {
        this.calls = calls;
        this.schema = schema;
        this.maxPropertiesPerUrl = maxPropertiesPerUrl;
        this.search = new HubSpotSearch(calls, searchesPerSecond);
    }

    @Override
    public ReadCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public RecordPage list(Connection connection, RecordQuery query) {
        ObjectSchema object = schemaOf(connection, query.object());
        List<String> fields = HubSpotRecordReader.selected(object, query.fields());
        boolean plain = query.filters().isEmpty() && query.ids().isEmpty() && query.searchTerm().isEmpty()
                && query.order().isEmpty() && query.createdAfter().isEmpty() && query.createdBefore().isEmpty()
                && query.updatedAfter().isEmpty() && query.updatedBefore().isEmpty()
                && query.modifiedSince().isEmpty();
        if (!plain) {
            if (query.includeDeleted()) {
                throw new CrmFailure.InvalidInput("HubSpot's search does not reach archived records: ask for"
                        + " deleted " + object.name() + " without filters, a search term, bounds or an order");
            }
            return search.page(connection, object, query, fields);
        }
        String token = query.pageToken().map(PageToken::value).orElse("a");
        if (!token.matches("[ad][0-9A-Za-z%._*-]{0,300}") || token.charAt(0) == 'd' && !query.includeDeleted()) {
            throw foreignToken(object, connection);
        }
        boolean archived = token.charAt(0) == 'd';
        JsonNode page = calls.get(connection, "list " + object.name(), "/crm/v3/objects/" + object.name()
                + "?limit=" + Math.min(LIST_MAX, query.pageSize()) + "&archived=" + archived
                + propertiesParameter(fields)
                + (token.length() > 1 ? "&after=" + token.substring(1) : "")); // issued URL-encoded
        List<ProviderRecord> records = read(object, withProperties(connection, object, page.path("results"), fields,
                archived), fields);
        String after = page.path("paging").path("next").path("after").asText("");
        if (!after.isEmpty()) {
            return RecordPage.of(records, PageToken.of((archived ? "d" : "a")
                    + URLEncoder.encode(after, StandardCharsets.UTF_8)));
        }
        return !archived && query.includeDeleted() ? RecordPage.of(records, PageToken.of("d")) : RecordPage.last(records);
    }

    @Override
    public Optional<ProviderRecord> get(Connection connection, RecordLookup lookup) {
        ObjectSchema object = schemaOf(connection, lookup.object());
        if (!lookup.id().matches("[0-9]{1,20}")) {
            throw new CrmFailure.InvalidInput("'" + lookup.id() + "' is not a HubSpot record id, which is digits");
        }
        List<String> fields = HubSpotRecordReader.selected(object, lookup.fields());
        Optional<ProviderRecord> active = read(connection, object, lookup.id(), fields, false);
        return active.isPresent() || !lookup.includeDeleted() ? active
                : read(connection, object, lookup.id(), fields, true);
    }

    private Optional<ProviderRecord> read(Connection connection, ObjectSchema object, String id, List<String> fields,
            boolean archived) {
        try {
            JsonNode record = calls.get(connection, "read " + object.name() + " " + id, "/crm/v3/objects/"
                    + object.name() + "/" + id + "?archived=" + archived + propertiesParameter(fields));
            return read(object, withProperties(connection, object, List.of(record), fields, archived), fields).stream()
                    .findFirst();
        } catch (CrmFailure.NotFound absent) {
            return Optional.empty();
        }
    }

    /** @return the failure for a page token this connector did not issue for that listing */
    static CrmFailure foreignToken(ObjectSchema object, Connection connection) {
        return new CrmFailure.InvalidPageToken("the page token for " + object.name() + " of connection "
                + connection.ref() + " is not one this connector issued for that listing; start again from the first"
                + " page");
    }

    private ObjectSchema schemaOf(Connection connection, String name) {
        return schema.describe(connection, name).orElseThrow(() -> new CrmFailure.NotFound("the HubSpot account of"
                + " connection " + connection.ref() + " has no object '" + name + "'", "OBJECT_NOT_FOUND"));
    }

    /**
     * @return the query parameters naming the properties, or only the id when they are more than one URL should
     *     carry (a portal may have hundreds; HubSpot answers a long URL with 414), and the company associations
     */
    private String propertiesParameter(List<String> fields) {
        List<String> properties = HubSpotRecordReader.properties(fields);
        List<String> named = properties.size() > maxPropertiesPerUrl ? List.of(HubSpotObjects.ID) : properties;
        return (named.isEmpty() ? "" : "&properties=" + URLEncoder.encode(String.join(",", named),
                StandardCharsets.UTF_8))
                + (fields.contains(HubSpotObjects.PRIMARY_COMPANY) ? "&associations=companies" : "");
    }

    /**
     * When the properties were too many for the URL, reads them for the same records with one
     * {@code POST …/batch/read} and puts them in place; the records keep the rest (associations, archived).
     */
    private List<JsonNode> withProperties(Connection connection, ObjectSchema object, Iterable<JsonNode> records,
            List<String> fields, boolean archived) {
        List<JsonNode> listed = new ArrayList<>();
        records.forEach(listed::add);
        List<String> properties = HubSpotRecordReader.properties(fields);
        if (properties.size() <= maxPropertiesPerUrl || listed.isEmpty()) {
            return listed;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        properties.forEach(body.putArray("properties")::add);
        ArrayNode inputs = body.putArray("inputs");
        listed.forEach(record -> inputs.addObject().put("id", record.path("id").asText()));
        Map<String, JsonNode> read = new HashMap<>();
        calls.post(connection, "read " + object.name() + " by id", "/crm/v3/objects/" + object.name()
                + "/batch/read?archived=" + archived, body).path("results")
                .forEach(result -> read.put(result.path("id").asText(), result.path("properties")));
        return listed.stream().<JsonNode>map(record -> record.<ObjectNode>deepCopy()
                .set("properties", read.getOrDefault(record.path("id").asText(), record.path("properties"))))
                .toList();
    }

    private static List<ProviderRecord> read(ObjectSchema object, Iterable<JsonNode> results, List<String> fields) {
        boolean withCompany = fields.contains(HubSpotObjects.PRIMARY_COMPANY);
        List<ProviderRecord> records = new ArrayList<>();
        results.forEach(record -> records.add(HubSpotRecordReader.read(object, record, fields,
                withCompany ? HubSpotRecordReader.primaryCompany(object.name(), record) : null)));
        return records;
    }
}
