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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    /** The longest a search waits for its connection's next slot before it is refused as rate limited. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** HubSpot's most filters in one filter group. */
    static final int MAX_FILTERS = 6;

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
            throw HubSpotRecords.foreignToken(object, connection);
        }
        ArrayNode filters = filters(object, query);
        if (filters.size() + (byId ? 1 : 0) > MAX_FILTERS) {
            throw new CrmFailure.InvalidInput("HubSpot's search takes at most " + MAX_FILTERS + " conditions at once"
                    + " (filters, ids, created and updated bounds" + (byId ? ", and the one the connector adds to page"
                    + " by id" : "") + "); this query of " + object.name() + " needs " + (filters.size() + (byId ? 1 : 0))
                    + ": leave some out");
        }
        ObjectNode body = NODES.objectNode();
        int limit = Math.min(SEARCH_MAX, query.pageSize());
        if (byId) {
            if (token != null) {
                filters.add(filter(HubSpotObjects.ID, "GT").put("value", token.substring(1)));
            }
            body.putArray("sorts").addObject().put("propertyName", HubSpotObjects.ID).put("direction", "ASCENDING");
        } else {
            int after = token == null ? 0 : Integer.parseInt(token.substring(1));
            if (after >= SEARCH_WINDOW) {
                throw pastTheWindow(object, null);
            }
            limit = Math.min(limit, SEARCH_WINDOW - after);
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
        if (!byId && token == null && found.path("total").asLong(0) > SEARCH_WINDOW) {
            throw pastTheWindow(object, found.path("total").asLong());
        }
        List<JsonNode> results = new ArrayList<>();
        found.path("results").forEach(results::add);
        Map<String, String> companies = fields.contains(HubSpotObjects.PRIMARY_COMPANY)
                ? primaryCompanies(connection, object.name(), results) : Map.of();
        List<ProviderRecord> records = results.stream()
                .map(result -> HubSpotRecordReader.read(object, result, fields,
                        companies.get(result.path("id").asText()))).toList();
        String after = found.path("paging").path("next").path("after").asText("");
        if (after.isEmpty() || records.isEmpty()) {
            return RecordPage.last(records);
        }
        return RecordPage.of(records, PageToken.of(byId ? "k" + records.get(records.size() - 1).id() : "o" + after));
    }

    /** Said at once on an ordered query's first page when HubSpot reports more matches than it will return. */
    private static CrmFailure pastTheWindow(ObjectSchema object, Long total) {
        return new CrmFailure.InvalidInput("HubSpot's search returns at most " + SEARCH_WINDOW + " records of one"
                + " query, and this ordered query of " + object.name() + " matches "
                + (total == null ? "more" : total) + ": narrow it with filters or bounds, or leave out the order so"
                + " the connector pages by id");
    }

    /**
     * Waits for this connection's next search slot, at most {@link #LONGEST_WAIT}: beyond that the caller hears it
     * as HubSpot's own rate limit would say it, and core's retry policy decides.
     */
    private void awaitSearchPermit(Connection connection) {
        RateLimiter<Object> rate = searchRates.get(connection.ref(), ref -> RateLimiter.smoothBuilder(
                searchesPerSecond, Duration.ofSeconds(1)).build());
        try {
            if (!rate.tryAcquirePermit(LONGEST_WAIT)) {
                throw new CrmFailure.RateLimited("too many HubSpot searches at once for connection " + connection.ref()
                        + " (at most " + searchesPerSecond + " a second); try again shortly", null,
                        Duration.ofSeconds(1));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CrmFailure.Transient("interrupted while waiting to search HubSpot for connection "
                    + connection.ref(), null, interrupted);
        }
    }

    private static ArrayNode filters(ObjectSchema object, RecordQuery query) {
        ArrayNode filters = NODES.arrayNode();
        for (FieldFilter condition : query.filters()) {
            filters.add(condition(object, condition));
        }
        if (!query.ids().isEmpty()) {
            ObjectNode byId = filter(HubSpotObjects.ID, "IN");
            query.ids().forEach(byId.putArray("values")::add);
            filters.add(byId);
        }
        String created = HubSpotObjects.created(object.name());
        String modified = HubSpotObjects.modified(object.name());
        query.createdAfter().ifPresent(at -> filters.add(instant(created, "GT", at.toEpochMilli())));
        query.createdBefore().ifPresent(at -> filters.add(instant(created, "LT", ceilingMillis(at))));
        query.updatedAfter().ifPresent(at -> filters.add(instant(modified, "GT", at.toEpochMilli())));
        query.updatedBefore().ifPresent(at -> filters.add(instant(modified, "LT", ceilingMillis(at))));
        return filters;
    }

    /**
     * One condition as HubSpot's filter. An empty value means "has no value" for equality ({@code NOT_HAS_PROPERTY})
     * and "has one" for inequality ({@code HAS_PROPERTY}); HubSpot compares nothing else with an empty value.
     */
    private static ObjectNode condition(ObjectSchema object, FieldFilter condition) {
        FieldType type = object.field(condition.field()).map(FieldSchema::type).orElse(FieldType.STRING);
        boolean empty = condition.values().contains(null);
        if (empty && condition.operator() == FieldFilter.Operator.EQUALS) {
            return filter(condition.field(), "NOT_HAS_PROPERTY");
        }
        if (empty && condition.operator() == FieldFilter.Operator.NOT_EQUALS) {
            return filter(condition.field(), "HAS_PROPERTY");
        }
        if (empty) {
            throw new CrmFailure.InvalidInput("'" + condition.field() + "': HubSpot's search compares an empty value"
                    + " only for equality or inequality");
        }
        ObjectNode filter = filter(condition.field(), operator(condition.operator()));
        if (condition.operator() == FieldFilter.Operator.IN || condition.operator() == FieldFilter.Operator.NOT_IN) {
            ArrayNode values = filter.putArray("values");
            condition.values().forEach(value -> values.add(literal(condition.field(), type, value)));
        } else {
            filter.put("value", literal(condition.field(), type, condition.values().get(0)));
        }
        return filter;
    }

    private static ObjectNode filter(String property, String operator) {
        return NODES.objectNode().put("propertyName", property).put("operator", operator);
    }

    private static ObjectNode instant(String property, String operator, long epochMillis) {
        return filter(property, operator).put("value", Long.toString(epochMillis));
    }

    /** HubSpot keeps milliseconds: "before" a finer instant includes the millisecond it falls in. */
    private static long ceilingMillis(Instant at) {
        return at.toEpochMilli() + (at.getNano() % 1_000_000 == 0 ? 0 : 1);
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
            case CONTAINS -> throw new CrmFailure.InvalidInput("HubSpot's search has no containment filter");
        };
    }

    /** Dates and date-times go to HubSpot as epoch milliseconds (a date as its midnight UTC); the rest as text. */
    private static String literal(String field, FieldType type, Object value) {
        String text = String.valueOf(value);
        try {
            return switch (type) {
                case DATETIME -> Long.toString(Instant.parse(text).toEpochMilli());
                case DATE -> Long.toString(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .toEpochMilli());
                default -> text;
            };
        } catch (DateTimeParseException notADate) {
            throw new CrmFailure.InvalidInput("'" + field + "': '" + text + "' is not a " + type.name()
                    .toLowerCase(Locale.ROOT) + " in ISO 8601");
        }
    }

    /** One batch read of the page's company associations: HubSpot's own primary association (type 1 or 5). */
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
            for (JsonNode to : from.path("to")) {
                for (JsonNode type : to.path("associationTypes")) {
                    if (HubSpotObjects.primaryCompanyType(type.path("category").asText(""),
                            type.path("typeId").asInt(-1))) {
                        companies.put(from.path("from").path("id").asText(), to.path("toObjectId").asText());
                    }
                }
            }
        }
        return companies;
    }
}
