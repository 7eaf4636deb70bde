package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.org.Org;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs bound queries over an org's tables. Stateless. */
public final class QueryEngine {

    /** The matching record numbers, in result order, and how many there are. */
    public record Result(long totalSize, long[] numbers) {
    }

    private QueryEngine() {
    }

    public static Result run(BoundQuery query, Org org, boolean includeDeleted) {
        RowResolver resolver = new RowResolver(org);
        Iterator<Row> rows = org.table(query.from()).scan(includeDeleted);
        if (query.countOnly()) {
            long count = 0;
            long cap = query.limit() < 0 ? Long.MAX_VALUE : query.limit();
            while (rows.hasNext() && count < cap) {
                if (query.filter().test(rows.next(), resolver)) {
                    count++;
                }
            }
            return new Result(count, new long[0]);
        }
        if (!query.order().isEmpty()) {
            List<Row> matches = select(query, rows, resolver);
            long[] numbers = new long[matches.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = matches.get(i).number();
            }
            return new Result(numbers.length, numbers);
        }
        long skip = query.offset();
        long cap = query.limit() < 0 ? Long.MAX_VALUE : query.limit();
        long[] numbers = new long[64];
        int size = 0;
        while (rows.hasNext() && size < cap) {
            Row row = rows.next();
            if (!query.filter().test(row, resolver)) {
                continue;
            }
            if (skip > 0) {
                skip--;
                continue;
            }
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = row.number();
        }
        return new Result(size, Arrays.copyOf(numbers, size));
    }

    /** Filters, orders and applies OFFSET / LIMIT. Without ORDER BY it stops reading as soon as LIMIT is met. */
    public static List<Row> select(BoundQuery query, Iterator<Row> rows, RowResolver resolver) {
        long wanted = query.limit() < 0 ? Long.MAX_VALUE : (long) query.offset() + query.limit();
        boolean ordered = !query.order().isEmpty();
        List<Row> matches = new ArrayList<>();
        while (rows.hasNext() && (ordered || matches.size() < wanted)) {
            Row row = rows.next();
            if (query.filter().test(row, resolver)) {
                matches.add(row);
            }
        }
        if (ordered) {
            matches.sort(comparator(query.order(), resolver));
        }
        int from = Math.min(query.offset(), matches.size());
        int to = (int) Math.min(wanted, matches.size());
        return from == 0 && to == matches.size() ? matches : new ArrayList<>(matches.subList(from, to));
    }

    private static Comparator<Row> comparator(List<BoundQuery.Order> order, RowResolver resolver) {
        Comparator<Row> result = (a, b) -> 0;
        for (BoundQuery.Order item : order) {
            result = result.thenComparing((a, b) -> item.compare(item.path().value(a, resolver), item.path().value(b, resolver)));
        }
        return result;
    }

    /** Children of the given parents for one subquery, grouped by parent id, with the subquery's filter and order. */
    public static Map<String, List<Row>> children(Projection.Children column, Set<String> parentIds, Org org, boolean includeDeleted) {
        RowResolver resolver = new RowResolver(org);
        FieldDef link = column.relationship().field();
        Map<String, List<Row>> grouped = new HashMap<>();
        Iterator<Row> rows = org.table(column.relationship().child()).scan(includeDeleted);
        while (rows.hasNext()) {
            Row row = rows.next();
            Object parentId = row.get(link);
            if (parentId != null && parentIds.contains(parentId)) {
                grouped.computeIfAbsent((String) parentId, id -> new ArrayList<>()).add(row);
            }
        }
        Map<String, List<Row>> selected = new HashMap<>();
        grouped.forEach((id, list) -> selected.put(id, select(column.query(), list.iterator(), resolver)));
        return selected;
    }
}
