package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON-like values of a unified map into the typed values of unified records. Each method returns
 * {@code null} for {@code null} and throws {@link MappingEvaluationException} naming the field and the value when it
 * cannot convert. Stateless.
 */
final class Coercions {

    private Coercions() {
    }

    /** @return {@code value} as a decimal (a JSON number or numeric text), or {@code null} when it is neither */
    static BigDecimal decimalOrNull(Object value) {
        try {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof BigInteger integer) {
                return new BigDecimal(integer);
            }
            if (value instanceof Double || value instanceof Float) {
                double number = ((Number) value).doubleValue();
                return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
            }
            if (value instanceof Number number) {
                return BigDecimal.valueOf(number.longValue());
            }
            if (value instanceof String text && !text.isBlank()) {
                return new BigDecimal(text.trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    static String text(String field, Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw refused(field, "text", value);
    }

    static Instant instant(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return DateTimes.instant(text).orElseThrow(() -> refused(field,
                    "a date-time (ISO-8601 like 2024-05-01T10:00:00Z or 2024-05-01T10:00:00.000+0000)", value));
        }
        if (value instanceof Long || value instanceof Integer) {
            return Instant.ofEpochMilli(((Number) value).longValue());
        }
        throw refused(field, "a date-time", value);
    }

    static LocalDate date(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return DateTimes.date(text).orElseThrow(() -> refused(field, "a date (yyyy-MM-dd)", value));
        }
        throw refused(field, "a date (yyyy-MM-dd)", value);
    }

    static BigDecimal decimal(String field, Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = decimalOrNull(value);
        if (decimal == null || value instanceof Boolean) {
            throw refused(field, "a decimal number", value);
        }
        return decimal;
    }

    static Long integer(String field, Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = decimalOrNull(value);
        try {
            if (decimal != null) {
                return decimal.stripTrailingZeros().longValueExact();
            }
        } catch (ArithmeticException e) {
            // falls through to the refusal
        }
        throw refused(field, "a whole number", value);
    }

    static Boolean bool(String field, Object value) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(text);
        }
        throw refused(field, "true or false", value);
    }

    static AccountRef accountRef(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> reference)) {
            throw refused(field, "an account reference {id}", value);
        }
        String id = text(field + ".id", reference.get("id"));
        return id == null || id.isBlank() ? null : AccountRef.of(id);
    }

    static List<EmailAddress> emails(String field, Object value) {
        List<EmailAddress> emails = new ArrayList<>();
        for (Map<?, ?> item : items(field, value)) {
            String email = text(field + "[].email", item.get("email"));
            if (email != null && !email.isBlank()) {
                emails.add(EmailAddress.of(email, text(field + "[].type", item.get("type"))));
            }
        }
        return emails;
    }

    static List<PhoneNumber> phones(String field, Object value) {
        List<PhoneNumber> phones = new ArrayList<>();
        for (Map<?, ?> item : items(field, value)) {
            String number = text(field + "[].number", item.get("number"));
            if (number != null && !number.isBlank()) {
                phones.add(PhoneNumber.of(number, PhoneType.named(text(field + "[].type", item.get("type")))));
            }
        }
        return phones;
    }

    private static List<Map<?, ?>> items(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> list = value instanceof List<?> many ? many : List.of(value);
        List<Map<?, ?>> items = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                items.add(map);
            } else if (item != null) {
                throw refused(field, "a list of objects", value);
            }
        }
        return items;
    }

    static Map<String, Object> fieldMap(String field, Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw refused(field, "an object of provider fields", value);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((name, item) -> fields.put(String.valueOf(name), item));
        return fields;
    }

    static MappingEvaluationException refused(String field, String wanted, Object value) {
        return new MappingEvaluationException(field.contains(".") || field.contains("[")
                ? field.substring(0, indexOfEnd(field)) : field,
                "the unified field '" + field + "' must be " + wanted + "; the mapping produced "
                        + JsonValues.kindOf(value) + " " + JsonValues.show(value));
    }

    private static int indexOfEnd(String field) {
        int dot = field.indexOf('.');
        int bracket = field.indexOf('[');
        return dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
    }
}
