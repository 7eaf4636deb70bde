package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.domain.Watermark;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link RecordQuery} or {@link RecordLookup} into a {@link QueryPlan}: every name checked against Describe
 * (core validates first; this is defence in depth), every value written by {@link SoqlConditions}. Ids become
 * {@code Id IN (...)}, time ranges {@code CreatedDate} and {@code LastModifiedDate} bounds, a watermark
 * {@code (SystemModstamp > t OR (SystemModstamp = t AND Id > 'id'))} ordered {@code SystemModstamp, Id}; any other
 * listing is ordered by its sort keys and then {@code Id}, so pages are stable. Thread-safe.
 */
final class QueryPlanner {

    static final String ID = "Id";
    static final String IS_DELETED = "IsDeleted";
    static final String SYSTEM_MODSTAMP = "SystemModstamp";
    static final String CREATED_DATE = "CreatedDate";
    static final String LAST_MODIFIED_DATE = "LastModifiedDate";

    private final FieldPaths paths;
    private final int maxIds;

    QueryPlanner(FieldPaths paths, int maxIds) {
        this.paths = paths;
        this.maxIds = maxIds;
    }

    /** @throws IllegalArgumentException saying which name or value Salesforce would not take, and why */
    QueryPlan plan(Connection connection, DescribedObject object, RecordQuery query) {
        Selection selection = selection(connection, object, query.fields());
        if (query.includeDeleted()) {
            selection.bookkeep(object, IS_DELETED);
        }
        boolean watermarked = query.modifiedSince().isPresent();
        if (watermarked) {
            selection.bookkeep(object, SYSTEM_MODSTAMP);
        }
        List<String> conditions = new ArrayList<>();
        if (!query.ids().isEmpty()) {
            conditions.add(ids(object, query.ids()));
        }
        query.createdAfter().ifPresent(after -> conditions.add(after(object, CREATED_DATE, after)));
        query.createdBefore().ifPresent(before -> conditions.add(before(object, CREATED_DATE, before)));
        query.updatedAfter().ifPresent(after -> conditions.add(after(object, LAST_MODIFIED_DATE, after)));
        query.updatedBefore().ifPresent(before -> conditions.add(before(object, LAST_MODIFIED_DATE, before)));
        for (FieldFilter filter : query.filters()) {
            conditions.add(SoqlConditions.render(paths.resolve(connection, object, filter.field()), filter));
        }
        query.modifiedSince().ifPresent(position -> conditions.add(after(object, position)));
        List<SoqlSelect.Order> order = watermarked
                ? List.of(new SoqlSelect.Order(SYSTEM_MODSTAMP, true), new SoqlSelect.Order(ID, true))
                : order(connection, object, query.order());
        SoqlSelect select = SoqlSelect.of(selection.fields(), object.name()).where(conditions).orderBy(order);
        return new QueryPlan(object.name(), select, selection.bookkeeping, watermarked);
    }

    /** @throws IllegalArgumentException when the id is not a record id or a field does not exist */
    QueryPlan plan(Connection connection, DescribedObject object, RecordLookup lookup) {
        if (!SoqlLiterals.isRecordId(lookup.id())) {
            throw new IllegalArgumentException("'" + SoqlLiterals.shown(lookup.id())
                    + "' is not a Salesforce record id (15 or 18 letters and digits)");
        }
        Selection selection = selection(connection, object, lookup.fields());
        if (lookup.includeDeleted()) {
            selection.bookkeep(object, IS_DELETED);
        }
        SoqlField id = FieldPaths.field(object, ID);
        SoqlSelect select = SoqlSelect.of(selection.fields(), object.name())
                .where(List.of(SoqlConditions.render(id, FieldFilter.equalTo(id.path(), lookup.id()))));
        return new QueryPlan(object.name(), select, selection.bookkeeping, false);
    }

    private Selection selection(Connection connection, DescribedObject object, List<String> requested) {
        Selection selection = new Selection();
        if (requested.isEmpty()) {
            object.defaultFields().forEach(selection::add);
        }
        selection.add(FieldPaths.field(object, ID).path());
        for (String field : requested) {
            selection.add(paths.resolve(connection, object, field).path());
        }
        return selection;
    }

    private String ids(DescribedObject object, List<String> ids) {
        if (ids.size() > maxIds) {
            throw new IllegalArgumentException("at most " + maxIds + " ids may be asked for at once, not " + ids.size());
        }
        SoqlField id = FieldPaths.field(object, ID);
        return SoqlConditions.render(id, FieldFilter.in(id.path(), ids));
    }

    /** Strictly after {@code instant}: a bound finer than Salesforce's milliseconds is rounded down, which keeps it. */
    private static String after(DescribedObject object, String field, Instant instant) {
        return compare(FieldPaths.field(object, field), FieldFilter.Operator.GREATER_THAN,
                instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Strictly before {@code instant}: a bound finer than milliseconds is rounded up, which keeps it. */
    private static String before(DescribedObject object, String field, Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return compare(FieldPaths.field(object, field), FieldFilter.Operator.LESS_THAN,
                millis.equals(instant) ? instant : millis.plusMillis(1));
    }

    /**
     * After a watermark in ({@code SystemModstamp}, {@code Id}) order. A position finer than milliseconds lies between
     * two stamps, so the stamp alone decides; an empty last id means every record at that instant is still to come.
     */
    private static String after(DescribedObject object, Watermark position) {
        SoqlField modstamp = FieldPaths.field(object, SYSTEM_MODSTAMP);
        Instant at = position.modifiedAt();
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        if (!millis.equals(at)) {
            return compare(modstamp, FieldFilter.Operator.GREATER_THAN, millis);
        }
        if (position.lastId().isEmpty()) {
            return compare(modstamp, FieldFilter.Operator.GREATER_OR_EQUAL, at);
        }
        if (!SoqlLiterals.isRecordId(position.lastId())) {
            throw new IllegalArgumentException("the watermark's last id '" + SoqlLiterals.shown(position.lastId())
                    + "' is not a Salesforce record id");
        }
        SoqlField id = FieldPaths.field(object, ID);
        return "(" + compare(modstamp, FieldFilter.Operator.GREATER_THAN, at) + " OR ("
                + compare(modstamp, FieldFilter.Operator.EQUALS, at) + " AND "
                + SoqlConditions.render(id, FieldFilter.of(id.path(), FieldFilter.Operator.GREATER_THAN,
                        List.of(position.lastId()))) + "))";
    }

    private static String compare(SoqlField field, FieldFilter.Operator operator, Instant instant) {
        return SoqlConditions.render(field, FieldFilter.of(field.path(), operator, List.of(instant.toString())));
    }

    private List<SoqlSelect.Order> order(Connection connection, DescribedObject object, List<SortOrder> keys) {
        List<SoqlSelect.Order> order = new ArrayList<>();
        boolean byId = false;
        for (SortOrder key : keys) {
            SoqlField field = paths.resolve(connection, object, key.field());
            if (!field.sortable()) {
                throw new IllegalArgumentException("'" + field.path() + "' cannot be sorted on (Salesforce marks it"
                        + " not sortable)");
            }
            order.add(new SoqlSelect.Order(field.path(), key.ascending()));
            byId |= field.path().equals(ID);
        }
        if (!byId) {
            order.add(new SoqlSelect.Order(ID, true));
        }
        return order;
    }

    /** The fields a statement selects, each once whatever its letter case. */
    private static final class Selection {
        private final Map<String, String> byLowerCase = new LinkedHashMap<>();
        private final Set<String> bookkeeping = new LinkedHashSet<>();

        void add(String path) {
            byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
        }

        /** Selects {@code name} for the connector's own use, if the object has it and the caller did not ask for it. */
        void bookkeep(DescribedObject object, String name) {
            object.schema().field(name).ifPresent(field -> {
                if (!byLowerCase.containsKey(field.name().toLowerCase(Locale.ROOT))) {
                    byLowerCase.put(field.name().toLowerCase(Locale.ROOT), field.name());
                    bookkeeping.add(field.name());
                }
            });
        }

        List<String> fields() {
            return List.copyOf(byLowerCase.values());
        }
    }
}
