package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which canned records a {@link RecordQuery} selects: every condition AND-ed. Equality compares numbers, ids and
 * record ids by value ({@code 201} equals {@code "201"} and {@code 201.0}) and everything else as exact text; a
 * {@code null} value matches a property without a value. The search term is a case-insensitive "contains" over the
 * object's string properties. Time bounds are strict, on the object's creation and modification properties.
 * Immutable.
 */
final class CannedQuery {

    private final List<Predicate<CannedRecord>> conditions;

    private CannedQuery(List<Predicate<CannedRecord>> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /**
     * @throws CrmFailure.Rejected when the query uses what the record port did not declare (an operator, a watermark,
     *     an order) or filters on a property the object lacks; core refuses those before a connector sees them
     */
    static CannedQuery of(CannedObject object, RecordQuery query) {
        refuseUndeclared(object, query);
        List<Predicate<CannedRecord>> conditions = new ArrayList<>();
        if (!query.includeDeleted()) {
            conditions.add(record -> !record.archived());
        }
        if (!query.ids().isEmpty()) {
            Set<String> ids = new HashSet<>(query.ids());
            conditions.add(record -> ids.contains(record.id()));
        }
        query.createdAfter().ifPresent(bound -> conditions.add(after(object.createdAt(), bound)));
        query.createdBefore().ifPresent(bound -> conditions.add(before(object.createdAt(), bound)));
        query.updatedAfter().ifPresent(bound -> conditions.add(after(object.updatedAt(), bound)));
        query.updatedBefore().ifPresent(bound -> conditions.add(before(object.updatedAt(), bound)));
        for (FieldFilter filter : query.filters()) {
            CannedProperty property = propertyOf(object, filter.field());
            conditions.add(record -> filter.values().stream().anyMatch(value -> equal(property, record, value)));
        }
        query.searchTerm().ifPresent(term -> conditions.add(containing(object, term)));
        return new CannedQuery(conditions);
    }

    boolean matches(CannedRecord record) {
        return conditions.stream().allMatch(condition -> condition.test(record));
    }

    private static void refuseUndeclared(CannedObject object, RecordQuery query) {
        for (FieldFilter filter : query.filters()) {
            if (filter.operator() != FieldFilter.Operator.EQUALS && filter.operator() != FieldFilter.Operator.IN) {
                throw rejected("the HubSpot stub filters with EQUALS and IN only, not " + filter.operator() + " on '"
                        + filter.field() + "' of " + object.name());
            }
        }
        if (query.modifiedSince().isPresent() || !query.order().isEmpty()) {
            throw rejected("the HubSpot stub lists " + object.name() + " in id order only, without a watermark or"
                    + " another order");
        }
    }

    private static CannedProperty propertyOf(CannedObject object, String name) {
        return object.property(name).orElseThrow(() -> rejected("HubSpot " + object.name()
                + " have no property '" + name + "' to filter on"));
    }

    private static Predicate<CannedRecord> after(CannedProperty property, Instant bound) {
        return record -> instant(record, property).filter(time -> time.isAfter(bound)).isPresent();
    }

    private static Predicate<CannedRecord> before(CannedProperty property, Instant bound) {
        return record -> instant(record, property).filter(time -> time.isBefore(bound)).isPresent();
    }

    private static Optional<Instant> instant(CannedRecord record, CannedProperty property) {
        return Optional.ofNullable(record.value(property.name())).map(Instant::parse);
    }

    private static boolean equal(CannedProperty property, CannedRecord record, Object expected) {
        String actual = record.value(property.name());
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (property.numeric()) {
            Optional<BigDecimal> left = number(actual);
            Optional<BigDecimal> right = number(expected.toString());
            return left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) == 0;
        }
        return actual.equals(expected.toString());
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Predicate<CannedRecord> containing(CannedObject object, String term) {
        String lowerTerm = term.toLowerCase(Locale.ROOT);
        List<String> searched = object.properties().stream()
                .filter(property -> property.type() == FieldType.STRING)
                .map(CannedProperty::name)
                .toList();
        return record -> searched.stream()
                .map(record::value)
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(lowerTerm));
    }

    private static CrmFailure.Rejected rejected(String message) {
        return new CrmFailure.Rejected(message, "VALIDATION_ERROR");
    }
}
