package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.port.in.UseCaseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Turns the text a client sends as a filter value into a value of the field's type, so that a connector renders a
 * literal of the right kind and a value that cannot be one is refused here, as the client's mistake, not by the CRM.
 */
final class FilterValues {

    private FilterValues() {
    }

    /**
     * @return a {@link Boolean}, a {@link Long}, a {@link BigDecimal}, or text (dates as {@code yyyy-MM-dd},
     *     date-times as an ISO instant)
     * @throws UseCaseException.InvalidRequest when the text is not a value of the field's type
     */
    static Object typed(String parameter, FieldSchema field, String text) {
        try {
            return switch (field.type()) {
                case BOOLEAN -> bool(text);
                case INTEGER -> Long.parseLong(text.trim());
                case DOUBLE, CURRENCY, PERCENT -> new BigDecimal(text.trim());
                case DATE -> LocalDate.parse(text.trim()).toString();
                case DATETIME -> instant(text.trim()).toString();
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException notOfTheType) {
            throw new UseCaseException.InvalidRequest("'" + parameter + "': '" + text + "' is not a "
                    + field.type().name().toLowerCase(Locale.ROOT) + " value for " + field.name()
                    + describeFormat(field), List.of());
        }
    }

    /** Accepts an instant ({@code 2024-05-01T10:00:00Z}), a date-time with an offset, or a date (its midnight UTC). */
    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                return LocalDate.parse(text).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            }
        }
    }

    private static Boolean bool(String text) {
        return switch (text.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }

    private static String describeFormat(FieldSchema field) {
        return switch (field.type()) {
            case BOOLEAN -> " (true or false)";
            case DATE -> " (yyyy-MM-dd)";
            case DATETIME -> " (an ISO-8601 instant such as 2024-05-01T10:00:00Z)";
            default -> "";
        };
    }
}
