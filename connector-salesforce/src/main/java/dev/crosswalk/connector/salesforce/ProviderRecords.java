package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.Watermark;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns Salesforce's JSON records into {@link ProviderRecord}s: {@code attributes} is dropped at every level, related
 * records ({@code Account -> {Name}}) and compound values (addresses, geolocations) stay maps, whole numbers become
 * {@link Long}, other numbers {@link BigDecimal}, and {@code null} is kept. Stateless.
 */
final class ProviderRecords {

    private static final String ATTRIBUTES = "attributes";
    /** Salesforce writes date-times as {@code 2024-05-01T10:00:00.000+0000}. */
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private ProviderRecords() {
    }

    /**
     * @param objectName the object, in the schema's spelling
     * @param json one record as Salesforce sent it
     * @param bookkeeping fields read only for the connector, left out of the record
     * @throws IllegalStateException when the record has no {@code Id}
     */
    static ProviderRecord toRecord(String objectName, Map<String, Object> json, Set<String> bookkeeping) {
        Object id = json.get(QueryPlanner.ID);
        if (!(id instanceof String text)) {
            throw new IllegalStateException("a " + objectName + " record came back without an Id");
        }
        Map<String, Object> fields = fields(json);
        boolean deleted = Boolean.TRUE.equals(fields.get(QueryPlanner.IS_DELETED));
        bookkeeping.forEach(fields::remove);
        return ProviderRecord.builder(objectName, text).fields(fields).deleted(deleted).build();
    }

    /** @return the position just after {@code json}, from its {@code SystemModstamp} and {@code Id}, if it has both */
    static Optional<Watermark> positionAfter(Map<String, Object> json) {
        if (json.get(QueryPlanner.SYSTEM_MODSTAMP) instanceof String stamp
                && json.get(QueryPlanner.ID) instanceof String id) {
            return instant(stamp).map(at -> Watermark.after(at, id));
        }
        return Optional.empty();
    }

    /** @return a Salesforce date-time ({@code 2024-05-01T10:00:00.000+0000}, or ISO-8601) as an instant */
    static Optional<Instant> instant(String dateTime) {
        try {
            return Optional.of(OffsetDateTime.parse(COMPACT_OFFSET.matcher(dateTime).replaceFirst("$1:$2")).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> fields(Map<String, ?> json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            if (!ATTRIBUTES.equals(name)) {
                fields.put(name, value(value));
            }
        });
        return fields;
    }

    private static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> nested -> fields(textKeys(nested));
            case List<?> items -> {
                List<Object> copied = new ArrayList<>(items.size());
                items.forEach(item -> copied.add(value(item)));
                yield copied;
            }
            case Integer whole -> whole.longValue();
            case Short whole -> whole.longValue();
            case BigInteger whole -> whole.bitLength() < Long.SIZE ? (Object) whole.longValue() : new BigDecimal(whole);
            case Double real -> BigDecimal.valueOf(real);
            case Float real -> BigDecimal.valueOf(real.doubleValue());
            default -> value;
        };
    }

    private static Map<String, Object> textKeys(Map<?, ?> nested) {
        Map<String, Object> copy = new LinkedHashMap<>();
        nested.forEach((key, item) -> copy.put(String.valueOf(key), item));
        return copy;
    }
}
