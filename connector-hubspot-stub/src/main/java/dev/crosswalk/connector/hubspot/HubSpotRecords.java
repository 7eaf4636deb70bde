package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
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

    HubSpotRecords(HubSpotCalls calls, HubSpotSchema schema, int searchesPerSecond) {
        this.calls = calls;
        this.schema = schema;
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
        if (!token.matches("[ad][0-9A-Za-z%=_-]{0,200}")) {
            throw new CrmFailure.InvalidPageToken("the page token for " + object.name() + " of connection "
                    + connection.ref() + " is not one this connector issued; start again from the first page");
        }
        boolean archived = token.charAt(0) == 'd';
        JsonNode page = calls.get(connection, "list " + object.name(), "/crm/v3/objects/" + object.name()
                + "?limit=" + Math.min(LIST_MAX, query.pageSize()) + "&archived=" + archived
                + propertiesParameter(fields)
                + (token.length() > 1 ? "&after=" + URLEncoder.encode(token.substring(1), StandardCharsets.UTF_8)
                        : ""));
        List<ProviderRecord> records = read(object, page.path("results"), fields);
        String after = page.path("paging").path("next").path("after").asText("");
        if (!after.isEmpty()) {
            return RecordPage.of(records, PageToken.of((archived ? "d" : "a") + after));
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
            return Optional.of(read(object, List.of(record), fields).get(0));
        } catch (CrmFailure.NotFound absent) {
            return Optional.empty();
        }
    }

    private ObjectSchema schemaOf(Connection connection, String name) {
        return schema.describe(connection, name).orElseThrow(() -> new CrmFailure.NotFound("the HubSpot account of"
                + " connection " + connection.ref() + " has no object '" + name + "'", "OBJECT_NOT_FOUND"));
    }

    private static String propertiesParameter(List<String> fields) {
        List<String> properties = HubSpotRecordReader.properties(fields);
        return (properties.isEmpty() ? "" : "&properties=" + URLEncoder.encode(String.join(",", properties),
                StandardCharsets.UTF_8))
                + (fields.contains(HubSpotObjects.PRIMARY_COMPANY) ? "&associations=companies" : "");
    }

    private static List<ProviderRecord> read(ObjectSchema object, Iterable<JsonNode> results, List<String> fields) {
        Map<String, String> companies = new HashMap<>();
        List<JsonNode> objects = new ArrayList<>();
        results.forEach(objects::add);
        objects.forEach(record -> companies.put(record.path("id").asText(), HubSpotRecordReader.primaryCompany(record)));
        return objects.stream().map(record -> HubSpotRecordReader.read(object, record, fields, companies)).toList();
    }
}
