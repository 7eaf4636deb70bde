package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.FieldType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes values as SOQL literals, the only way a value enters a statement. Text is quoted with {@code \}, {@code '},
 * {@code "} and control characters escaped by backslash; numbers, booleans, dates, date-times and times are checked
 * against the field's type and written unquoted. A value that does not fit its field is refused with an
 * {@link IllegalArgumentException} naming the field. Stateless.
 */
final class SoqlLiterals {

    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,40})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?)Z");
    private static final DateTimeFormatter TIME_LITERAL = DateTimeFormatter.ofPattern("HH:mm:ss.SSS'Z'");

    private SoqlLiterals() {
    }

    /** @return whether {@code text} has the shape of a Salesforce record id (15 or 18 letters and digits) */
    static boolean isRecordId(String text) {
        return text != null && RECORD_ID.matcher(text).matches();
    }

    /**
     * @param value text, possibly hostile
     * @return the value as a quoted SOQL string literal
     * @throws IllegalArgumentException when the text holds an unpaired surrogate (it is not Unicode text)
     */
    static String quoted(String value) {
        return "'" + escape(value, false) + "'";
    }

    /** @return a LIKE pattern matching text that contains {@code value}, in which {@code %} and {@code _} are literal */
    static String containing(String value) {
        return "'%" + escape(value, true) + "%'";
    }

    /** @return a date-time literal such as {@code 2024-01-01T00:00:00Z}, to the millisecond */
    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * @param value a {@link String}, {@link Number}, {@link Boolean} or {@code null}
     * @param type the field's type from Describe, or {@code null} when unknown (then the value's own type decides)
     * @param field the field's name, for messages
     * @return the literal
     * @throws IllegalArgumentException when the value does not fit the field's type
     */
    static String literal(Object value, FieldType type, String field) {
        if (value == null) {
            return "null";
        }
        if (type == null) {
            return untyped(value, field);
        }
        return switch (type) {
            case ID, REFERENCE -> recordId(value, field);
            case BOOLEAN -> bool(value, field);
            case INTEGER, DOUBLE, CURRENCY, PERCENT -> number(value, field);
            case DATE -> date(value, field);
            case DATETIME -> dateTime(value, field);
            case TIME -> time(value, field);
            case ADDRESS, LOCATION -> throw new IllegalArgumentException("'" + field + "' is a compound field;"
                    + " filter on its parts (such as BillingCity or Location__Latitude__s) instead");
            default -> quoted(text(value));
        };
    }

    private static String untyped(Object value, String field) {
        return switch (value) {
            case String text -> quoted(text);
            case Boolean flag -> flag.toString();
            case Number number -> plainNumber(number, field);
            default -> throw new IllegalArgumentException("a filter on '" + field + "' takes text, a number, true,"
                    + " false or null; was given a " + value.getClass().getSimpleName());
        };
    }

    private static String text(Object value) {
        return switch (value) {
            case String text -> text;
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    private static String recordId(Object value, String field) {
        if (value instanceof String text && isRecordId(text)) {
            return quoted(text);
        }
        throw new IllegalArgumentException("'" + field + "' holds record ids, and '" + shown(value)
                + "' is not one (15 or 18 letters and digits)");
    }

    private static String bool(Object value, String field) {
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof String text
                && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return text.toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("'" + field + "' is a checkbox; it takes true or false, not '"
                + shown(value) + "'");
    }

    private static String number(Object value, String field) {
        if (value instanceof Number number) {
            return plainNumber(number, field);
        }
        if (value instanceof String text && DECIMAL.matcher(text.trim()).matches()) {
            return new BigDecimal(text.trim()).toPlainString();
        }
        throw new IllegalArgumentException("'" + field + "' is a number field, and '" + shown(value)
                + "' is not a number");
    }

    private static String plainNumber(Number number, String field) {
        return switch (number) {
            case BigDecimal decimal -> decimal.toPlainString();
            case BigInteger integer -> integer.toString();
            case Long whole -> whole.toString();
            case Integer whole -> whole.toString();
            case Short whole -> whole.toString();
            case Byte whole -> whole.toString();
            default -> {
                double real = number.doubleValue();
                if (Double.isNaN(real) || Double.isInfinite(real)) {
                    throw new IllegalArgumentException("a filter on '" + field + "' needs a finite number");
                }
                yield BigDecimal.valueOf(real).toPlainString();
            }
        };
    }

    private static String date(Object value, String field) {
        if (value instanceof String text && DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text).toString();
            } catch (DateTimeParseException invalid) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + field + "' is a date field; it takes a date such as 2024-01-31,"
                + " not '" + shown(value) + "'");
    }

    private static String dateTime(Object value, String field) {
        if (value instanceof String text) {
            try {
                return dateTime(Instant.parse(text));
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return dateTime(OffsetDateTime.parse(text).toInstant());
                } catch (DateTimeParseException invalid) {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException("'" + field + "' is a date-time field; it takes an ISO-8601 instant"
                + " such as 2024-01-31T09:30:00Z, not '" + shown(value) + "'");
    }

    private static String time(Object value, String field) {
        if (value instanceof String text) {
            var matcher = TIME.matcher(text);
            if (matcher.matches()) {
                try {
                    return TIME_LITERAL.format(LocalTime.parse(matcher.group(1)));
                } catch (DateTimeParseException invalid) {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException("'" + field + "' is a time field; it takes a time such as 09:30:00.000Z,"
                + " not '" + shown(value) + "'");
    }

    /** The value as shown in a message: bounded, so a huge hostile value does not flood a log line. */
    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }

    private static String escape(String value, boolean likePattern) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException("a filter value holds an unpaired surrogate at index " + i
                            + "; it is not Unicode text");
                }
                out.append(c).append(value.charAt(++i));
                continue;
            }
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '%' -> out.append(likePattern ? "\\%" : "%");
                case '_' -> out.append(likePattern ? "\\_" : "_");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
