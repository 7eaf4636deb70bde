package dev.crosswalk.emulator.hubspot.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.hubspot.data.CrmObject;
import dev.crosswalk.emulator.hubspot.data.ObjectType;
import dev.crosswalk.emulator.hubspot.data.PropertyDef;
import dev.crosswalk.emulator.hubspot.http.ApiError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One search filter: a property, an operator and its value(s). Numbers compare as numbers, dates and datetimes as
 * instants (a filter value may be epoch milliseconds or ISO-8601), everything else case-insensitively as text.
 * Immutable.
 */
record Filter(PropertyDef property, String operator, String value, String highValue, List<String> values) {

    private static final List<String> OPERATORS = List.of("EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN",
            "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN");

    /** @throws ApiError 400 for an unknown property or operator, or a missing value */
    static Filter parse(ObjectType type, JsonNode node) {
        String name = node.path("propertyName").asText();
        PropertyDef property = type.property(name).orElseThrow(() -> ApiError.validation(
                "There was a problem with the request: property '" + name + "' does not exist on " + type.path()));
        String operator = node.path("operator").asText("EQ");
        if (!OPERATORS.contains(operator)) {
            throw ApiError.validation("Unknown filter operator '" + operator + "'; use one of " + OPERATORS);
        }
        List<String> values = new ArrayList<>();
        node.path("values").forEach(v -> values.add(v.asText()));
        String value = node.hasNonNull("value") ? node.get("value").asText() : null;
        String high = node.hasNonNull("highValue") ? node.get("highValue").asText() : null;
        boolean needsValue = !operator.endsWith("HAS_PROPERTY") && !operator.endsWith("IN");
        if ((needsValue && value == null) || (operator.equals("BETWEEN") && high == null)
                || (operator.endsWith("IN") && values.isEmpty())) {
            throw ApiError.validation("Filter on '" + name + "' with operator " + operator + " is missing its value");
        }
        return new Filter(property, operator, value, high, List.copyOf(values));
    }

    boolean test(CrmObject object) {
        Optional<String> actual = object.value(property.name());
        return switch (operator) {
            case "HAS_PROPERTY" -> actual.isPresent();
            case "NOT_HAS_PROPERTY" -> actual.isEmpty();
            case "NEQ" -> actual.map(v -> compare(v, value) != 0).orElse(true);
            case "NOT_IN" -> actual.map(v -> values.stream().noneMatch(x -> compare(v, x) == 0)).orElse(true);
            case "NOT_CONTAINS_TOKEN" -> actual.map(v -> !containsToken(v, value)).orElse(true);
            default -> actual.map(this::testPresent).orElse(false);
        };
    }

    private boolean testPresent(String actual) {
        return switch (operator) {
            case "EQ" -> compare(actual, value) == 0;
            case "LT" -> compare(actual, value) < 0;
            case "LTE" -> compare(actual, value) <= 0;
            case "GT" -> compare(actual, value) > 0;
            case "GTE" -> compare(actual, value) >= 0;
            case "BETWEEN" -> compare(actual, value) >= 0 && compare(actual, highValue) <= 0;
            case "IN" -> values.stream().anyMatch(x -> compare(actual, x) == 0);
            case "CONTAINS_TOKEN" -> containsToken(actual, value);
            default -> throw new IllegalStateException(operator);
        };
    }

    /** Orders two values of this property by its type; values that do not parse compare as text. */
    int compare(String left, String right) {
        return comparator(property).compare(left, right);
    }

    static Comparator<String> comparator(PropertyDef property) {
        return switch (property.type()) {
            case "number" -> Comparator.comparing(Filter::number, Comparator.nullsLast(Comparator.naturalOrder()));
            case "date", "datetime" -> Comparator.comparing(Filter::instant, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> String.CASE_INSENSITIVE_ORDER;
        };
    }

    /** A token match: the value split at spaces and punctuation (and whole), {@code *} as a wildcard. */
    private static boolean containsToken(String actual, String token) {
        Pattern pattern = Pattern.compile(Pattern.quote(token.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q"));
        String lower = actual.toLowerCase(Locale.ROOT);
        if (pattern.matcher(lower).matches()) {
            return true;
        }
        for (String part : lower.split("[\\s@.,;:/_-]+")) {
            if (pattern.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.matches("-?\\d+")) {
                return Instant.ofEpochMilli(Long.parseLong(trimmed));
            }
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(trimmed);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
