package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.UnifiedValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a value a mapping produced (from a sample record) fits a unified field's type. A value that came unchanged
 * from a provider field is judged by the field's schema type; any other value by its JSON kind and form.
 */
final class TypeFit {

    private static final Set<FieldType> DATE_TIMES = Set.of(FieldType.DATETIME, FieldType.DATE);
    private static final Set<FieldType> IDS = Set.of(FieldType.ID, FieldType.REFERENCE);

    private final ProbeLog log;

    TypeFit(ProbeLog log) {
        this.log = log;
    }

    /**
     * @param field the unified field, for the message
     * @return why {@code value} does not fit {@code type}, or empty when it does (or is {@code null})
     */
    Optional<String> check(String field, UnifiedValueType type, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (type) {
            case TEXT -> expect(text(value), field, "text", value);
            case DATE_TIME -> expect(dateTime(value), field, "a date-time", value);
            case DATE -> expect(date(value), field, "a date", value);
            case DECIMAL -> expect(number(value, false), field, "a decimal number", value);
            case INTEGER -> expect(number(value, true), field, "a whole number", value);
            case BOOLEAN -> expect(bool(value), field, "true or false", value);
            case ACCOUNT_REF -> accountRef(field, value);
            case EMAIL_LIST -> contactPoints(field, value, "email", "an e-mail address list like [{email: Email,"
                    + " type: \"'work'\"}]");
            case PHONE_LIST -> contactPoints(field, value, "number", "a phone number list like [{number: Phone,"
                    + " type: \"'work'\"}]");
            case FIELD_MAP -> expect(value instanceof Map<?, ?>, field, "an object of provider fields", value);
        };
    }

    private Optional<String> expect(boolean fits, String field, String wanted, Object value) {
        return fits ? Optional.empty() : Optional.of("'" + field + "' is " + wanted + " but gets " + describe(value));
    }

    private String describe(Object value) {
        ProbeLog.Origin origin = log.originOf(value);
        return origin != null ? origin.describe() : JsonValues.kindOf(value) + " (" + JsonValues.show(value) + ")";
    }

    private FieldType typeOf(Object value) {
        ProbeLog.Origin origin = log.originOf(value);
        return origin == null ? null : origin.field().type();
    }

    private boolean text(Object value) {
        FieldType type = typeOf(value);
        return type != null ? type.isText() : value instanceof String;
    }

    /** A date-time is a date or date-time field, ISO or provider text, or whole epoch milliseconds. */
    private boolean dateTime(Object value) {
        FieldType type = typeOf(value);
        if (type != null) {
            return DATE_TIMES.contains(type) || type == FieldType.INTEGER;
        }
        return value instanceof String text ? DateTimes.instant(text).isPresent()
                : value instanceof Long || value instanceof Integer;
    }

    private boolean date(Object value) {
        FieldType type = typeOf(value);
        return type != null ? DATE_TIMES.contains(type) : value instanceof String text && DateTimes.date(text)
                .isPresent();
    }

    private boolean number(Object value, boolean whole) {
        FieldType type = typeOf(value);
        if (type != null) {
            return type.isNumber();
        }
        BigDecimal number = Coercions.decimalOrNull(value);
        return number != null && (!whole || number.stripTrailingZeros().scale() <= 0);
    }

    private boolean bool(Object value) {
        FieldType type = typeOf(value);
        return type != null ? type == FieldType.BOOLEAN : value instanceof Boolean;
    }

    private Optional<String> accountRef(String field, Object value) {
        String wanted = "an account reference like {id: AccountId}";
        if (!(value instanceof Map<?, ?> reference)) {
            return Optional.of("'" + field + "' is " + wanted + " but gets " + describe(value));
        }
        Object id = reference.get("id");
        if (id == null) {
            return Optional.empty();
        }
        FieldType type = typeOf(id);
        boolean fits = type != null ? IDS.contains(type) : id instanceof String;
        return fits ? Optional.empty() : Optional.of("'" + field + ".id' is the account's id (an id or reference"
                + " field) but gets " + describe(id));
    }

    private Optional<String> contactPoints(String field, Object value, String key, String wanted) {
        List<?> items = value instanceof List<?> list ? list : value instanceof Map<?, ?> ? List.of(value) : null;
        if (items == null) {
            return Optional.of("'" + field + "' is " + wanted + " but gets " + describe(value));
        }
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            if (!(item instanceof Map<?, ?> point)) {
                return Optional.of("'" + field + "' is " + wanted + " but has an item that is " + describe(item));
            }
            Object main = point.get(key);
            if (main != null && !text(main)) {
                return Optional.of("'" + field + "[]." + key + "' is text but gets " + describe(main));
            }
            Object kind = point.get("type");
            if (kind != null && !text(kind)) {
                return Optional.of("'" + field + "[].type' is text but gets " + describe(kind));
            }
        }
        return Optional.empty();
    }
}
