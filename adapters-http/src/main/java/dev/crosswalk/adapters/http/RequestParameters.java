package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.port.in.GetRequest;
import dev.crosswalk.core.port.in.ListRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the read routes' query parameters into core's requests. Every value is checked here or by the use case; a bad
 * one is a 400 naming the parameter and the format it needs.
 */
final class RequestParameters {

    /** The parameters every listing takes. */
    static final Set<String> LIST = Set.of("connection_id", "page_size", "cursor", "ids", "created_after",
            "created_before", "updated_after", "updated_before", "search_term", "fields", "include_deleted");

    /** The parameters a provider-object listing takes: a listing's, and {@code order_by}. */
    static final Set<String> OBJECT_LIST = union(LIST, Set.of("order_by"));

    /** The parameters every single-record read takes. */
    static final Set<String> GET = Set.of("connection_id", "fields", "include_deleted");

    private RequestParameters() {
    }

    /**
     * @param call the admitted request
     * @param filters what its other parameters are: unified filters, or {@code filter[<Field>]} conditions
     * @return the listing it asks for
     */
    static ListRequest list(Call call, Route.OpenParameters filters) {
        QueryParameters query = call.query();
        ConnectionRef connection = call.connection();
        ListRequest.Builder request = ListRequest.builder(connection)
                .pageSize(pageSize(query))
                .cursor(query.get("cursor").orElse(null))
                .ids(commaList(query, "ids"))
                .createdAfter(instant(query, "created_after"))
                .createdBefore(instant(query, "created_before"))
                .updatedAfter(instant(query, "updated_after"))
                .updatedBefore(instant(query, "updated_before"))
                .searchTerm(query.get("search_term").orElse(null))
                .fields(commaList(query, "fields"))
                .includeDeleted(includeDeleted(query));
        for (String key : commaList(query, "order_by")) {
            request.orderBy(sortKey(key));
        }
        for (Map.Entry<String, String> parameter : query.asMap().entrySet()) {
            if (LIST.contains(parameter.getKey()) || parameter.getKey().equals("order_by")) {
                continue;
            }
            String name = filters == Route.OpenParameters.PROVIDER_FILTERS
                    ? Route.providerFilterField(parameter.getKey())
                    : parameter.getKey();
            request.filter(name, filterValues(parameter.getKey(), parameter.getValue()));
        }
        return request.build();
    }

    /** {@code Name} orders ascending, {@code -Name} descending. */
    private static SortOrder sortKey(String key) {
        boolean descending = key.startsWith("-");
        String field = descending ? key.substring(1) : key;
        if (field.isEmpty()) {
            throw ApiProblem.badRequest("'order_by' names fields, each optionally prefixed by '-' for descending order,"
                    + " e.g. order_by=-CreatedDate,Name");
        }
        return descending ? SortOrder.descending(field) : SortOrder.ascending(field);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** @return the single-record read the admitted request asks for */
    static GetRequest get(Call call, String id) {
        return GetRequest.of(call.connection(), id)
                .withFields(commaList(call.query(), "fields"))
                .withDeleted(includeDeleted(call.query()));
    }

    /** @return the fields the request restricts its answer to; empty for every field */
    static List<String> fields(Call call) {
        return commaList(call.query(), "fields");
    }

    private static int pageSize(QueryParameters query) {
        String raw = query.get("page_size").orElse("");
        if (raw.isEmpty()) {
            return ListRequest.DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(raw);
            if (size >= 1 && size <= ListRequest.MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the allowed range
        }
        throw ApiProblem.badRequest("the query parameter 'page_size' must be a whole number from 1 to "
                + ListRequest.MAX_PAGE_SIZE + " (default " + ListRequest.DEFAULT_PAGE_SIZE + ")");
    }

    private static boolean includeDeleted(QueryParameters query) {
        return switch (query.get("include_deleted").orElse("false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest("the query parameter 'include_deleted' must be 'true' or 'false'",
                    List.of("true", "false"));
        };
    }

    private static Instant instant(QueryParameters query, String name) {
        String raw = query.get(name).orElse("");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notADateTime) {
            // perhaps a date
        }
        try {
            return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException malformed) {
            throw ApiProblem.badRequest("the query parameter " + Quoted.of(name) + " must be an ISO-8601 instant"
                    + " such as 2024-05-01T10:00:00Z or 2024-05-01T12:00:00%2B02:00 (a '+' sent as %2B), or a date"
                    + " such as 2024-05-01 (midnight UTC)");
        }
    }

    /** @return the comma-separated items of a parameter, trimmed, without empty ones */
    private static List<String> commaList(QueryParameters query, String name) {
        return query.get(name).stream()
                .flatMap(raw -> Arrays.stream(raw.split(",")))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /**
     * @return the values of a filter: separated by commas, a literal comma written {@code \,} and a literal backslash
     *     {@code \\}
     */
    static List<String> filterValues(String parameter, String raw) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && (raw.charAt(i + 1) == ',' || raw.charAt(i + 1) == '\\')) {
                value.append(raw.charAt(++i));
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        if (values.stream().anyMatch(String::isEmpty)) {
            throw ApiProblem.badRequest("the filter " + Quoted.of(parameter) + " has an empty value; give one value,"
                    + " or several separated by commas (a literal comma as \\,)");
        }
        return values;
    }
}
