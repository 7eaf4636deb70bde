package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.http.DmlException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Converts incoming JSON and CSV values to the stored representation of a field, failing as the platform does. */
final class FieldValues {

    private FieldValues() {
    }

    static Object fromJson(FieldDef field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainerNode()) {
            throw new DmlException("JSON_PARSER_ERROR", "Cannot deserialize instance of " + field.type().describeName()
                    + " from " + (node.isArray() ? "START_ARRAY" : "START_OBJECT") + " value", List.of(field.name()));
        }
        return switch (field.type()) {
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    yield fromText(field, node.asText());
                }
                yield node.booleanValue();
            }
            case INT -> node.isNumber() ? (Object) node.intValue() : fromText(field, node.asText());
            case DOUBLE, CURRENCY, PERCENT -> node.isNumber() ? (Object) node.doubleValue() : fromText(field, node.asText());
            default -> fromText(field, node.asText());
        };
    }

    /** Converts text (JSON string or CSV cell); empty text is null. */
    static Object fromText(FieldDef field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return switch (field.type()) {
                case BOOLEAN -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw invalid(field, text);
                };
                case INT -> (int) Double.parseDouble(text);
                case DOUBLE, CURRENCY, PERCENT -> Double.parseDouble(text);
                case DATE -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                case DATETIME -> parseDateTime(text);
                case ID, REFERENCE -> SalesforceIds.normalise(text).orElseThrow(() -> new DmlException("MALFORMED_ID",
                        field.label() + ": id value of incorrect type: " + text, List.of(field.name())));
                default -> {
                    if (field.length() > 0 && text.length() > field.length()) {
                        throw new DmlException("STRING_TOO_LONG", field.label() + ": data value too large: " + text
                                + " (max length=" + field.length() + ")", List.of(field.name()));
                    }
                    yield text;
                }
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(field, text);
        }
    }

    private static Instant parseDateTime(String text) {
        String normalised = text.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
        if (normalised.length() == 10) {
            return LocalDate.parse(normalised).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(normalised).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static DmlException invalid(FieldDef field, String text) {
        return new DmlException("INVALID_TYPE_ON_FIELD_IN_RECORD", field.label() + ": value not of required type: " + text,
                List.of(field.name()));
    }
}
