package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.org.Org;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs GROUP BY / aggregate queries: one result row per group (one row in all without GROUP BY), values in column
 * order. {@code COUNT}/{@code COUNT_DISTINCT} count non-null values; {@code SUM}/{@code AVG} are doubles; {@code MIN}
 * and {@code MAX} keep the field's type.
 */
public final class AggregateEngine {

    private AggregateEngine() {
    }

    public static List<Object[]> run(BoundQuery query, Org org, boolean includeDeleted) {
        BoundQuery.Aggregation aggregation = query.aggregation();
        RowResolver resolver = new RowResolver(org);
        Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
        for (Iterator<Row> rows = org.table(query.from()).scan(includeDeleted); rows.hasNext();) {
            Row row = rows.next();
            if (!query.filter().test(row, resolver)) {
                continue;
            }
            List<Object> key = new ArrayList<>();
            for (FieldPath path : aggregation.groupBy()) {
                key.add(path.value(row, resolver));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        if (groups.isEmpty() && aggregation.groupBy().isEmpty()) {
            groups.put(List.of(), List.of());
        }
        List<Object[]> results = new ArrayList<>();
        for (List<Row> members : groups.values()) {
            if (!aggregation.having().test(members, resolver)) {
                continue;
            }
            int width = aggregation.columns().size();
            Object[] values = new Object[width + query.order().size()];
            for (int i = 0; i < query.order().size(); i++) {
                values[width + i] = orderKey(query.order().get(i), members, resolver);
            }
            for (int i = 0; i < width; i++) {
                BoundQuery.Column column = aggregation.columns().get(i);
                values[i] = column.function() == null
                        ? (members.isEmpty() ? null : column.path().value(members.get(0), resolver))
                        : aggregate(column.function(), column.path(), members, resolver);
            }
            results.add(values);
        }
        if (!query.order().isEmpty()) {
            results.sort((a, b) -> compareByOrder(query, a, b));
        }
        int limit = query.limit() < 0 ? results.size() : Math.min(query.limit(), results.size());
        List<Object[]> page = new ArrayList<>();
        for (Object[] row : results.subList(Math.min(query.offset(), limit), limit)) {
            page.add(java.util.Arrays.copyOf(row, aggregation.columns().size()));
        }
        return page;
    }

    /** One aggregate function over a group's members. */
    static Object aggregate(String function, FieldPath path, List<Row> members, RowResolver resolver) {
        List<Object> values = new ArrayList<>();
        for (Row row : members) {
            Object value = path.value(row, resolver);
            if (value != null) {
                values.add(value);
            }
        }
        return switch (function) {
            case "COUNT" -> values.size();
            case "COUNT_DISTINCT" -> {
                Set<Object> distinct = new HashSet<>(values);
                yield distinct.size();
            }
            case "SUM" -> values.isEmpty() ? null : values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
            case "AVG" -> values.isEmpty() ? null : values.stream().mapToDouble(v -> ((Number) v).doubleValue()).average().orElse(0);
            case "MIN" -> values.stream().min(FilterCompiler::compare).orElse(null);
            case "MAX" -> values.stream().max(FilterCompiler::compare).orElse(null);
            default -> throw new IllegalStateException(function);
        };
    }

    /** Orders groups by grouped fields and aggregates, computing an aggregate that is not a result column. */
    private static int compareByOrder(BoundQuery query, Object[] a, Object[] b) {
        for (int i = 0; i < query.order().size(); i++) {
            BoundQuery.Order order = query.order().get(i);
            Object x = a[a.length - query.order().size() + i];
            Object y = b[b.length - query.order().size() + i];
            int cmp = order.compare(x, y);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    /** The ORDER BY keys of a group: a grouped field's value or an aggregate over the members. */
    private static Object orderKey(BoundQuery.Order order, List<Row> members, RowResolver resolver) {
        if (order.function() == null) {
            return members.isEmpty() ? null : order.path().value(members.get(0), resolver);
        }
        return order.path() == null ? (Object) members.size() : aggregate(order.function(), order.path(), members, resolver);
    }
}
