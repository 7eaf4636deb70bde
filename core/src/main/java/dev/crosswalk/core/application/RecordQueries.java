package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import java.util.List;

/**
 * The part of turning a client's listing request into a {@link RecordQuery} that every listing shares: the
 * conditions that do not name fields (ids, creation and modification ranges, search, deleted records) and the page
 * size, each checked against what the connector declared it can do. A condition it cannot apply is refused, never
 * dropped.
 */
final class RecordQueries {

    private RecordQueries() {
    }

    /**
     * @param object the provider object's name as its schema spells it
     * @param capabilities what the connector answers
     * @param connectorKind for messages
     * @param request the client's request
     * @param searchTerm the search term to apply (the request's, or one a query mapping produced), or {@code null}
     * @return a builder holding the shared conditions; fields, field filters and the page token are the caller's
     * @throws UseCaseException.InvalidRequest when the request asks for something the connector cannot do
     */
    static RecordQuery.Builder shared(String object, ReadCapabilities capabilities, String connectorKind,
            ListRequest request, String searchTerm) {
        if (request.ids().size() > capabilities.maxIds()) {
            throw refused("'ids' names " + request.ids().size() + " records; the '" + connectorKind
                    + "' connector reads at most " + capabilities.maxIds() + " at once");
        }
        boolean created = request.createdAfter().isPresent() || request.createdBefore().isPresent();
        if (created && !capabilities.createdRange()) {
            throw refused("the '" + connectorKind + "' connector cannot filter by creation time");
        }
        boolean updated = request.updatedAfter().isPresent() || request.updatedBefore().isPresent();
        if (updated && !capabilities.updatedRange()) {
            throw refused("the '" + connectorKind + "' connector cannot filter by modification time");
        }
        if (searchTerm != null && !capabilities.searchTerm()) {
            throw refused("the '" + connectorKind + "' connector cannot search; leave out 'search_term'");
        }
        if (request.includeDeleted() && !capabilities.includeDeleted()) {
            throw refused("the '" + connectorKind + "' connector cannot list deleted records");
        }
        return RecordQuery.builder(object)
                .ids(request.ids())
                .createdAfter(request.createdAfter().orElse(null))
                .createdBefore(request.createdBefore().orElse(null))
                .updatedAfter(request.updatedAfter().orElse(null))
                .updatedBefore(request.updatedBefore().orElse(null))
                .searchTerm(searchTerm)
                .includeDeleted(request.includeDeleted())
                .pageSize(request.pageSize());
    }

    /**
     * @return a stable, unambiguous text naming everything that selects a listing's records (not its page size or
     *     cursor), to bind a cursor to the listing it continues: every value is written with its length, so no value
     *     can pass for two and no separator inside a value shifts the rest
     */
    static String listing(String kind, String object, ListRequest request) {
        StringBuilder text = new StringBuilder();
        field(text, kind);
        field(text, object);
        list(text, request.ids());
        field(text, String.valueOf(request.createdAfter().orElse(null)));
        field(text, String.valueOf(request.createdBefore().orElse(null)));
        field(text, String.valueOf(request.updatedAfter().orElse(null)));
        field(text, String.valueOf(request.updatedBefore().orElse(null)));
        text.append(request.filters().size()).append('{');
        new java.util.TreeMap<>(request.filters()).forEach((name, values) -> {
            field(text, name);
            list(text, values);
        });
        text.append('}');
        field(text, request.searchTerm().orElse(""));
        list(text, request.fields());
        field(text, String.valueOf(request.includeDeleted()));
        list(text, request.order().stream().map(String::valueOf).toList());
        return text.toString();
    }

    private static void list(StringBuilder text, List<String> values) {
        text.append(values.size()).append('[');
        values.forEach(value -> field(text, value));
        text.append(']');
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value);
    }

    private static UseCaseException refused(String message) {
        return new UseCaseException.InvalidRequest(message, List.of());
    }
}
