package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query side of a layered mapping: {@code query} entries (an override's replace the same filter's) and each
 * layer's {@code query_mapping}, whose result is merged over the result so far, key by key. Immutable and thread-safe.
 */
final class QueryProgram {

    static final String WHERE = "where";
    static final String SEARCH_TERM = "search_term";
    private static final String WHERE_KEY = "\u0000where";
    private static final Pattern WRITTEN_FILTER = Pattern.compile(
            "(?<![A-Za-z0-9_$.])(?:query|rawQuery)\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final UnifiedObject object;
    private final Map<String, MappingLayer.QueryEntry> entries;
    private final List<JsonataProgram> mappings;
    private final Set<String> filterNames;

    private QueryProgram(UnifiedObject object, Map<String, MappingLayer.QueryEntry> entries,
            List<JsonataProgram> mappings) {
        this.object = object;
        this.entries = Collections.unmodifiableMap(entries);
        this.mappings = List.copyOf(mappings);
        Set<String> names = new LinkedHashSet<>(entries.keySet());
        mappings.forEach(mapping -> names.addAll(namesRead(mapping)));
        this.filterNames = Collections.unmodifiableSet(names);
    }

    static QueryProgram of(UnifiedObject object, List<MappingLayer> layers) {
        Map<String, MappingLayer.QueryEntry> entries = new LinkedHashMap<>();
        List<JsonataProgram> mappings = new ArrayList<>();
        for (MappingLayer layer : layers) {
            entries.putAll(layer.query());
            if (layer.queryMapping() != null) {
                mappings.add(layer.queryMapping());
            }
        }
        return new QueryProgram(object, entries, mappings);
    }

    /** @return the unified filter names: the {@code query} keys plus those the query mappings read */
    Set<String> filterNames() {
        return filterNames;
    }

    Map<String, MappingLayer.QueryEntry> entries() {
        return entries;
    }

    List<JsonataProgram> mappings() {
        return mappings;
    }

    /**
     * @return the filter names the mapping reads: those written as {@code query.name} or {@code rawQuery.name}, and
     *     those seen looked up when it is evaluated with every filter present, then with none
     */
    private static Set<String> namesRead(JsonataProgram mapping) {
        Set<String> read = FilterProbe.names();
        Matcher written = WRITTEN_FILTER.matcher(mapping.text());
        while (written.find()) {
            read.add(written.group(1));
        }
        for (Object sample : new Object[] {"1", null}) {
            FilterProbe probe = new FilterProbe(sample, read);
            try {
                mapping.evaluate(bindings(probe), new ConvertQueryToSql(null).binding());
            } catch (RuntimeException e) {
                // a probe value the mapping cannot handle: the names read so far still count
            }
        }
        return read;
    }

    static Map<String, Object> bindings(Map<String, Object> filters) {
        return Map.of("query", filters, "rawQuery", filters);
    }

    /**
     * @param filters unified filter name to its values
     * @param dialect the connector's query language, or {@code null} for the neutral rendering
     * @throws InvalidFilterValueException for a filter name the mapping does not accept or a value it refuses
     * @throws MappingEvaluationException when a query mapping fails or produces what cannot be turned into filters
     */
    private static final String QUERY_MAPPING = "query_mapping";

    QueryTranslation translate(Map<String, List<String>> filters, QueryDialect dialect) {
        for (String name : filters.keySet()) {
            if (!filterNames.contains(name)) {
                throw new InvalidFilterValueException(name, "unknown filter '" + name + "' for " + object.plural()
                        + "; "
                        + (filterNames.isEmpty() ? "this mapping accepts no filters"
                                : "this mapping accepts " + String.join(", ", filterNames)));
            }
        }
        Map<String, List<FieldFilter>> conditions = new LinkedHashMap<>();
        entries.forEach((name, entry) -> {
            List<String> values = nonEmpty(filters.get(name));
            if (!values.isEmpty()) {
                String field = entry.path().text();
                conditions.put(field, List.of(values.size() == 1 ? FieldFilter.equalTo(field, values.get(0))
                        : FieldFilter.in(field, values)));
            }
        });
        String searchTerm = null;
        Map<String, Object> queryValues = queryValues(filters);
        for (JsonataProgram mapping : mappings) {
            searchTerm = merge(mapping, queryValues, dialect, conditions, searchTerm);
        }
        List<FieldFilter> all = new ArrayList<>();
        conditions.values().forEach(all::addAll);
        return QueryTranslation.of(all, searchTerm);
    }

    private static String merge(JsonataProgram mapping, Map<String, Object> queryValues, QueryDialect dialect,
            Map<String, List<FieldFilter>> conditions, String searchTerm) {
        ConvertQueryToSql convert = new ConvertQueryToSql(dialect);
        Object result;
        try {
            result = mapping.evaluate(bindings(queryValues), convert.binding());
        } catch (JsonataProgram.Failure e) {
            throw new MappingEvaluationException(QUERY_MAPPING, "query_mapping failed on these filters: "
                    + e.getMessage(), e);
        }
        if (result == null) {
            return searchTerm;
        }
        if (!(result instanceof Map<?, ?> produced)) {
            throw new MappingEvaluationException(QUERY_MAPPING, "query_mapping must produce an object; it produced "
                    + JsonValues.kindOf(result) + " (expression at " + mapping.position() + ")");
        }
        String term = searchTerm;
        for (Map.Entry<?, ?> entry : produced.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            switch (key) {
                case WHERE -> conditions.put(WHERE_KEY, where(value, convert));
                case SEARCH_TERM -> term = searchTerm(value);
                default -> fieldCondition(key, value).ifPresent(filter -> conditions.put(key, List.of(filter)));
            }
        }
        return term;
    }

    private static List<FieldFilter> where(Object value, ConvertQueryToSql convert) {
        if (value == null) {
            return List.of();
        }
        List<?> clauses = value instanceof List<?> list ? list : List.of(value);
        List<FieldFilter> filters = new ArrayList<>();
        for (Object clause : clauses) {
            List<FieldFilter> remembered = clause instanceof String text ? convert.filtersOf(text) : null;
            if (remembered == null) {
                throw new MappingEvaluationException(QUERY_MAPPING,
                        "query_mapping: 'where' must be the value of $convertQueryToSql(...)"
                        + " in the same evaluation (or a list of such values), unchanged; it was "
                        + JsonValues.show(clause)
                        + ". Conditions are built from escaped literals only; combine them with a list, not with text");
            }
            filters.addAll(remembered);
        }
        return filters;
    }

    private static String searchTerm(Object value) {
        if (JsonValues.isEmpty(value)) {
            return null;
        }
        if (value instanceof String || value instanceof Number) {
            return String.valueOf(value);
        }
        throw new MappingEvaluationException(QUERY_MAPPING, "query_mapping: 'search_term' must be text; it was "
                + JsonValues.kindOf(value));
    }

    private static Optional<FieldFilter> fieldCondition(String key, Object value) {
        if (!FieldPath.looksLikePath(key) || FieldPath.of(key).levels() > FieldPath.MAX_LEVELS) {
            throw new MappingEvaluationException(QUERY_MAPPING,
                    "query_mapping produced the key '" + key + "', which is neither where,"
                    + " search_term nor a provider field path (names joined by dots, at most " + FieldPath.MAX_LEVELS
                    + " levels)");
        }
        if (JsonValues.isEmpty(value)) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object item : list) {
                values.add(literal(key, item));
            }
            return Optional.of(FieldFilter.in(key, values));
        }
        return Optional.of(FieldFilter.equalTo(key, literal(key, value)));
    }

    private static Object literal(String key, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new MappingEvaluationException(QUERY_MAPPING,
                "query_mapping: the condition on '" + key + "' must be text, a number, true"
                + " or false, or a list of them; it was " + JsonValues.kindOf(value)
                + " (use $convertQueryToSql for comparisons)");
    }

    private static List<String> nonEmpty(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static Map<String, Object> queryValues(Map<String, List<String>> filters) {
        Map<String, Object> values = new LinkedHashMap<>();
        filters.forEach((name, list) -> {
            List<String> kept = nonEmpty(list);
            if (!kept.isEmpty()) {
                values.put(name, kept.size() == 1 ? kept.get(0) : List.copyOf(kept));
            }
        });
        return Collections.unmodifiableMap(values);
    }
}
