package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.PropertyDef;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.Json;
import dev.crosswalk.emulator.hubspot.oauth.Grant;
import dev.crosswalk.emulator.support.RouteTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /crm/v3/objects/{type}/search}: filter groups (OR of AND-ed filters), one sort, a text query, at
 * most 200 results a page and 10,000 per query, five searches a second per portal. Results carry no associations.
 */
public final class SearchEndpoint {

    static final int MAX_PAGE = 200;
    static final int MAX_RESULTS = 10_000;
    static final int MAX_GROUPS = 5;
    static final int MAX_FILTERS_PER_GROUP = 6;
    static final int MAX_FILTERS = 18;

    private final Gate gate;

    /** A search endpoint whose calls {@code gate} admits under the search limit. */
    public SearchEndpoint(Gate gate) {
        this.gate = gate;
    }

    /** Adds the search route. */
    public void register(RouteTable<HubSpotCall> routes) {
        routes.on("POST", ObjectEndpoints.OBJECTS + "/search", this::search);
    }

    private void search(HubSpotCall call) throws IOException {
        Grant grant = gate.search(call);
        ObjectType type = ObjectType.require(call.pathParam("type"));
        ObjectNode request = call.jsonBody();
        int limit = request.path("limit").asInt(10);
        if (limit < 0 || limit > MAX_PAGE) {
            throw ApiError.validation("limit must be between 0 and " + MAX_PAGE + ", was " + limit);
        }
        int offset = parseAfter(request.path("after"));
        if (offset >= MAX_RESULTS) {
            throw ApiError.validation("The search API returns at most " + MAX_RESULTS
                    + " results for a query; narrow the filters to page further (after=" + offset + ")");
        }
        List<List<Filter>> groups = filterGroups(type, request.path("filterGroups"));
        String query = request.path("query").asText("").toLowerCase(Locale.ROOT);
        Comparator<CrmObject> order = order(type, request.path("sorts"));
        List<String> requested = new ArrayList<>();
        request.path("properties").forEach(name -> requested.add(name.asText()));
        Set<String> properties = ObjectJson.selection(type, requested);
        ObjectNode page = Json.object();
        synchronized (grant.portal()) {
            List<CrmObject> matches = grant.portal().store(type).all().stream()
                    .filter(object -> !object.archived())
                    .filter(object -> groups.isEmpty() || groups.stream().anyMatch(group -> group.stream().allMatch(f -> f.test(object))))
                    .filter(object -> query.isEmpty() || matchesQuery(type, object, query))
                    .sorted(order)
                    .toList();
            page.put("total", matches.size());
            ArrayNode results = page.putArray("results");
            int end = Math.min(Math.min(matches.size(), offset + limit), MAX_RESULTS);
            for (int i = offset; i < end; i++) {
                results.add(ObjectJson.render(matches.get(i), properties));
            }
            if (end < matches.size()) {
                page.putObject("paging").putObject("next").put("after", Integer.toString(end));
            }
        }
        call.json(200, page);
    }

    private static int parseAfter(JsonNode after) {
        if (after.isMissingNode() || after.isNull() || after.asText().isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(after.asText());
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiError.validation("Invalid value for 'after': " + after.asText());
        }
    }

    /** @throws ApiError 400 beyond {@value #MAX_GROUPS} groups, {@value #MAX_FILTERS_PER_GROUP} per group or {@value #MAX_FILTERS} filters */
    private static List<List<Filter>> filterGroups(ObjectType type, JsonNode groups) {
        if (groups.size() > MAX_GROUPS) {
            throw ApiError.validation("Too many filter groups: " + groups.size() + ", at most " + MAX_GROUPS);
        }
        List<List<Filter>> parsed = new ArrayList<>();
        int total = 0;
        for (JsonNode group : groups) {
            JsonNode filters = group.path("filters");
            if (filters.size() > MAX_FILTERS_PER_GROUP) {
                throw ApiError.validation("Too many filters in a group: " + filters.size() + ", at most " + MAX_FILTERS_PER_GROUP);
            }
            total += filters.size();
            List<Filter> list = new ArrayList<>();
            filters.forEach(filter -> list.add(Filter.parse(type, filter)));
            parsed.add(list);
        }
        if (total > MAX_FILTERS) {
            throw ApiError.validation("Too many filters: " + total + ", at most " + MAX_FILTERS + " across all groups");
        }
        return parsed;
    }

    /** {@code ["-createdate"]} or {@code [{"propertyName": "createdate", "direction": "DESCENDING"}]}; then by id. */
    private static Comparator<CrmObject> order(ObjectType type, JsonNode sorts) {
        Comparator<CrmObject> byId = Comparator.comparingLong(CrmObject::id);
        if (sorts.isEmpty()) {
            return byId;
        }
        JsonNode sort = sorts.get(0);
        String name = sort.isTextual() ? sort.asText().replaceFirst("^-", "") : sort.path("propertyName").asText();
        boolean descending = sort.isTextual() ? sort.asText().startsWith("-") : "DESCENDING".equals(sort.path("direction").asText());
        PropertyDef property = type.property(name).orElseThrow(() -> ApiError.validation("Cannot sort by unknown property '" + name + "'"));
        Comparator<String> values = Filter.comparator(property);
        Comparator<CrmObject> bySort = (a, b) -> {
            String left = a.value(name).orElse(null);
            String right = b.value(name).orElse(null);
            if (left == null || right == null) {
                return left == null ? (right == null ? 0 : 1) : -1;
            }
            return descending ? values.compare(right, left) : values.compare(left, right);
        };
        return bySort.thenComparing(byId);
    }

    /** The query matches a record when one of the type's text properties has a word starting with it. */
    private static boolean matchesQuery(ObjectType type, CrmObject object, String query) {
        return type.queryProperties().stream().map(object::value).flatMap(java.util.Optional::stream)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .anyMatch(value -> value.startsWith(query) || value.contains(" " + query) || value.contains("@" + query)
                        || value.contains("." + query));
    }
}
