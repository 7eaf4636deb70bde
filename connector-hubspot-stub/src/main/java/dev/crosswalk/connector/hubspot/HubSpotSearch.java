package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.failsafe.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a query through HubSpot's search API ({@code POST /crm/v3/objects/{object}/search}, at most 200 a page). HubSpot
 * stops any one search at 10,000 results, so a query with no order of its own pages by id instead of by offset: sorted
 * by {@code hs_object_id}, each page asks for the ids after the last one seen (token {@code k<id>}), and never meets
 * that window however many records match. A query with its own order pages by HubSpot's offset (token
 * {@code o<after>}) and is refused, saying why, when it would pass the window. Search results carry no associations:
 * the primary company comes from one batch read of the page's associations. Thread-safe.
 */
final class HubSpotSearch {

    static final int SEARCH_MAX = 200;
    static final int SEARCH_WINDOW = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final HubSpotCalls calls;
    private final Cache<ConnectionRef, RateLimiter<Object>> searchRates;
    private final int searchesPerSecond;

    HubSpotSearch(HubSpotCalls calls, int searchesPerSecond) {
        this.calls = calls;
        this.searchesPerSecond = searchesPerSecond;
        this.searchRates = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(10_000).build();
    }

    RecordPage page(Connection connection, ObjectSchema object, RecordQuery query, List<String> fields) {
        if (query.order().size() > 1) {
            throw new CrmFailure.InvalidInput("HubSpot's search sorts by one field only; order " + object.name()
                    + " by one");
        }
        String token = query.pageToken().map(PageToken::value).orElse(null);
        boolean byId = query.order().isEmpty();
        if (token != null && !token.matches(byId ? "k[0-9]{1,20}" : "o[0-9]{1,9}")) {
            throw new CrmFailure.InvalidPageToken("the page token for " + object.name() + " of connection "
                    + connection.ref() + " is not one this connector issued; start again from the first page");
        }
        int limit = Math.min(SEARCH_MAX, query.pageSize());
        ArrayNode filters = filters(object, query);
        ObjectNode body = NODES.objectNode();
        if (byId) {
            if (token != null) {
                filters.add(filter(HubSpotObjects.ID, "GT").put("value", token.substring(1)));
            }
            body.putArray("sorts").addObject().put("propertyName", HubSpotObjects.ID).put("direction", "ASCENDING");
        } else {
            int after = token == null ? 0 : Integer.parseInt(token.substring(1));
            if (after + limit > SEARCH_WINDOW) {
                throw new CrmFailure.InvalidInput("HubSpot's search returns at most " + SEARCH_WINDOW + " records of"
                        + " one query, and this ordered query of " + object.name() + " has more: narrow it with"
                        + " filters or bounds, or leave out the order so the connector pages by id");
            }
            SortOrder order = query.order().get(0);
            body.putArray("sorts").addObject().put("propertyName", order.field())
                    .put("direction", order.ascending() ? "ASCENDING" : "DESCENDING");
            body.put("after", Integer.toString(after));
        }
        if (!filters.isEmpty()) {
            body.putArray("filterGroups").addObject().set("filters", filters);
        }
        query.searchTerm().ifPresent(term -> body.put("query", term));
        ArrayNode properties = body.putArray("properties");
        HubSpotRecordReader.properties(fields).forEach(properties::add);
        body.put("limit", limit);
        awaitSearchPermit(connection);
        JsonNode found = calls.post(connection, "search " + object.name(),
                "/crm/v3/objects/" + object.name() + "/search", body);
        List<JsonNode> results = new ArrayList<>();
        found.path("results").forEach(results::add);
        Map<String, String> companies = fields.contains(HubSpotObjects.PRIMARY_COMPANY)
                ? primaryCompanies(connection, object.name(), results) : Map.of();
        List<ProviderRecord> records = results.stream()
                .map(result -> HubSpotRecordReader.read(object, result, fields, companies)).toList();
        String after = found.path("paging").path("next").path("after").asText("");
        if (after.isEmpty() || records.isEmpty()) {
            return RecordPage.last(records);
        }
        return RecordPage.of(records, PageToken.of(byId ? "k" + records.get(records.size() - 1).id() : "o" + after));
    }

    private void awaitSearchPermit(Connection connection) {
        RateLimiter<Object> rate = searchRates.get(connection.ref(), ref -> RateLimiter.smoothBuilder(
                searchesPerSecond, Duration.ofSeconds(1)).build());
        try {
            rate.acquirePermit();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CrmFailure.Transient("interrupted while waiting to search HubSpot for connection "
                    + connection.ref(), null, interrupted);
        }
    }

    private static ArrayNode filters(ObjectSchema object, RecordQuery query) {
        ArrayNode filters = NODES.arrayNode();
        for (FieldFilter condition : query.filters()) {
            FieldType type = object.field(condition.field()).map(FieldSchema::type).orElse(FieldType.STRING);
            ObjectNode filter = filter(condition.field(), operator(condition.operator()));
            if (condition.operator() == FieldFilter.Operator.IN || condition.operator() == FieldFilter.Operator.NOT_IN) {
                ArrayNode values = filter.putArray("values");
                condition.values().forEach(value -> values.add(literal(type, value)));
            } else {
                filter.put("value", literal(type, condition.values().get(0)));
            }
            filters.add(filter);
        }
        if (!query.ids().isEmpty()) {
            ObjectNode byId = filter(HubSpotObjects.ID, "IN");
            query.ids().forEach(byId.putArray("values")::add);
            filters.add(byId);
        }
        String modified = HubSpotObjects.modified(object.name());
        query.createdAfter().ifPresent(at -> filters.add(instant(HubSpotObjects.CREATED, "GT", at)));
        query.createdBefore().ifPresent(at -> filters.add(instant(HubSpotObjects.CREATED, "LT", at)));
        query.updatedAfter().ifPresent(at -> filters.add(instant(modified, "GT", at)));
        query.updatedBefore().ifPresent(at -> filters.add(instant(modified, "LT", at)));
        return filters;
    }

    private static ObjectNode filter(String property, String operator) {
        return NODES.objectNode().put("propertyName", property).put("operator", operator);
    }

    private static ObjectNode instant(String property, String operator, Instant at) {
        return filter(property, operator).put("value", Long.toString(at.toEpochMilli()));
    }

    private static String operator(FieldFilter.Operator operator) {
        return switch (operator) {
            case EQUALS -> "EQ";
            case NOT_EQUALS -> "NEQ";
            case IN -> "IN";
            case NOT_IN -> "NOT_IN";
            case GREATER_THAN -> "GT";
            case GREATER_OR_EQUAL -> "GTE";
            case LESS_THAN -> "LT";
            case LESS_OR_EQUAL -> "LTE";
            case CONTAINS -> throw new IllegalArgumentException("CONTAINS is not a declared capability");
        };
    }

    /** Dates and date-times go to HubSpot as epoch milliseconds (a date as its midnight UTC); the rest as text. */
    private static String literal(FieldType type, Object value) {
        String text = String.valueOf(value);
        return switch (type) {
            case DATETIME -> Long.toString(Instant.parse(text).toEpochMilli());
            case DATE -> Long.toString(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            default -> text;
        };
    }

    /** One batch read of the page's company associations; the association labelled primary wins, else the first. */
    private Map<String, String> primaryCompanies(Connection connection, String object, List<JsonNode> results) {
        if (results.isEmpty()) {
            return Map.of();
        }
        ObjectNode body = NODES.objectNode();
        ArrayNode inputs = body.putArray("inputs");
        results.forEach(result -> inputs.addObject().put("id", result.path("id").asText()));
        JsonNode associations = calls.post(connection, "read the companies of " + object,
                "/crm/v4/associations/" + object + "/companies/batch/read", body);
        Map<String, String> companies = new HashMap<>();
        for (JsonNode from : associations.path("results")) {
            String primary = null;
            for (JsonNode to : from.path("to")) {
                boolean labelled = false;
                for (JsonNode type : to.path("associationTypes")) {
                    labelled |= "primary".equalsIgnoreCase(type.path("label").asText(""));
                }
                if (labelled || primary == null) {
                    primary = to.path("toObjectId").asText();
                }
                if (labelled) {
                    break;
                }
            }
            companies.put(from.path("from").path("id").asText(), primary);
        }
        return companies;
    }
}
