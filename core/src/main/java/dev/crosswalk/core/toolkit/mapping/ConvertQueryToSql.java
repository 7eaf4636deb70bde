package dev.crosswalk.core.toolkit.mapping;

import com.dashjoin.jsonata.Jsonata;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldFilter.Operator;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code $convertQueryToSql(query, allowedKeys, fieldNameMap[, dataTypes])} for one evaluation of a query mapping:
 * builds {@link FieldFilter}s, renders them with the connector's {@link QueryDialect} (or {@link NeutralSql}), and
 * remembers each clause it returned with its filters, so that the mapping's {@code where} can be turned back into
 * filters and never travels as text. Not thread-safe: one instance per evaluation.
 */
final class ConvertQueryToSql {

    static final String NAME = "convertQueryToSql";

    private static final Map<String, Operator> OPERATORS = operators();
    private static final List<String> TYPES = List.of("string", "number", "boolean", "date", "datetime");

    private final QueryDialect dialect;
    private final Map<String, List<FieldFilter>> clauses = new LinkedHashMap<>();

    ConvertQueryToSql(QueryDialect dialect) {
        this.dialect = dialect == null ? NeutralSql.INSTANCE : dialect;
    }

    /** @return the function to bind as {@code $convertQueryToSql} */
    Map<String, Jsonata.JFunction> binding() {
        return Map.of(NAME, Jsonata.function(NAME, (Jsonata.FnVarArgs<Object>) this::call, null));
    }

    /** @return the filters a clause this evaluation returned stands for, or {@code null} for other text */
    List<FieldFilter> filtersOf(String clause) {
        return clauses.get(clause);
    }

    /** @return every filter this evaluation built, in order */
    List<FieldFilter> allFilters() {
        List<FieldFilter> all = new ArrayList<>();
        clauses.values().forEach(all::addAll);
        return all;
    }

    private Object call(List<?> arguments) {
        if (arguments.size() < 3 || arguments.size() > 4) {
            throw new IllegalArgumentException("$convertQueryToSql takes (query, allowedKeys, fieldNameMap"
                    + "[, dataTypes]); it was given " + arguments.size() + " arguments");
        }
        Map<?, ?> query = mapArgument(arguments.get(0), "query");
        Map<?, ?> fieldNames = mapArgument(arguments.get(2), "fieldNameMap");
        Map<?, ?> types = arguments.size() == 4 ? mapArgument(arguments.get(3), "dataTypes") : Map.of();
        List<FieldFilter> filters = new ArrayList<>();
        for (Object key : listArgument(arguments.get(1))) {
            String name = String.valueOf(key);
            Object value = query.get(name);
            if (JsonValues.isEmpty(value)) {
                continue;
            }
            String field = fieldOf(name, fieldNames.get(name));
            String type = typeOf(name, types.get(name));
            filters.addAll(filtersFor(name, field, type, value));
        }
        String clause = filters.isEmpty() ? "" : dialect.where(filters);
        clauses.put(clause, List.copyOf(filters));
        return clause;
    }

    private static Map<?, ?> mapArgument(Object argument, String name) {
        if (argument == null || argument == Jsonata.NULL_VALUE) {
            return Map.of();
        }
        if (argument instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("$convertQueryToSql: " + name + " must be an object, was "
                + JsonValues.kindOf(argument));
    }

    private static List<?> listArgument(Object argument) {
        if (argument == null || argument == Jsonata.NULL_VALUE) {
            return List.of();
        }
        return argument instanceof List<?> list ? list : List.of(argument);
    }

    private static String fieldOf(String key, Object mapped) {
        String field = mapped == null || mapped == Jsonata.NULL_VALUE ? key : String.valueOf(mapped);
        if (!FieldPath.looksLikePath(field) || FieldPath.of(field).levels() > FieldPath.MAX_LEVELS) {
            throw new IllegalArgumentException("$convertQueryToSql: filter '" + key + "' maps to '" + field
                    + "', which is not a provider field path (names joined by dots, at most " + FieldPath.MAX_LEVELS
                    + " levels)");
        }
        return field;
    }

    private static String typeOf(String key, Object type) {
        String name = type == null || type == Jsonata.NULL_VALUE ? "string" : String.valueOf(type)
                .toLowerCase(Locale.ROOT);
        if (!TYPES.contains(name)) {
            throw new IllegalArgumentException("$convertQueryToSql: filter '" + key + "' has the data type '" + type
                    + "'; expected one of " + String.join(", ", TYPES));
        }
        return name;
    }

    private static List<FieldFilter> filtersFor(String key, String field, String type, Object value) {
        if (value instanceof Map<?, ?> comparisons) {
            List<FieldFilter> filters = new ArrayList<>();
            for (Map.Entry<?, ?> comparison : comparisons.entrySet()) {
                if (!JsonValues.isEmpty(comparison.getValue())) {
                    filters.add(comparison(key, field, type, String.valueOf(comparison.getKey()),
                            comparison.getValue()));
                }
            }
            return filters;
        }
        if (value instanceof List<?> values) {
            return List.of(FieldFilter.in(field, literals(key, type, values)));
        }
        return List.of(FieldFilter.equalTo(field, literal(key, type, value)));
    }

    private static FieldFilter comparison(String key, String field, String type, String name, Object value) {
        Operator operator = OPERATORS.get(name.toLowerCase(Locale.ROOT));
        if (operator == null) {
            throw new IllegalArgumentException("$convertQueryToSql: filter '" + key + "' uses the operator '" + name
                    + "'; expected one of " + String.join(", ", OPERATORS.keySet()));
        }
        boolean many = operator == Operator.IN || operator == Operator.NOT_IN;
        if (many) {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            return FieldFilter.of(field, operator, literals(key, type, values));
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            throw new IllegalArgumentException("$convertQueryToSql: filter '" + key + "' operator '" + name
                    + "' takes one value, was given " + JsonValues.kindOf(value));
        }
        return FieldFilter.of(field, operator, Collections.singletonList(literal(key, type, value)));
    }

    private static List<Object> literals(String key, String type, List<?> values) {
        List<Object> literals = new ArrayList<>();
        for (Object value : values) {
            if (!JsonValues.isEmpty(value)) {
                literals.add(literal(key, type, value));
            }
        }
        if (literals.isEmpty()) {
            throw new IllegalArgumentException("$convertQueryToSql: filter '" + key + "' has no values");
        }
        return literals;
    }

    private static Object literal(String key, String type, Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException("$convertQueryToSql: filter '" + key + "' takes " + type + " values, was"
                    + " given " + JsonValues.kindOf(value));
        }
        String text = String.valueOf(value);
        return switch (type) {
            case "number" -> number(key, value, text);
            case "boolean" -> bool(key, value, text);
            case "date" -> date(key, text);
            case "datetime" -> dateTime(key, text);
            default -> text;
        };
    }

    private static Object number(String key, Object value, String text) {
        if (value instanceof Number number) {
            return number;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw refused(key, "a number", text);
        }
    }

    private static Object bool(String key, Object value, String text) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        throw refused(key, "true or false", text);
    }

    private static Object date(String key, String text) {
        try {
            return LocalDate.parse(text.trim()).toString();
        } catch (DateTimeParseException e) {
            throw refused(key, "a date (yyyy-MM-dd)", text);
        }
    }

    private static Object dateTime(String key, String text) {
        return DateTimes.instant(text).map(Object::toString)
                .orElseThrow(() -> refused(key, "a date-time (ISO-8601 with an offset)", text));
    }

    private static InvalidFilterValueException refused(String key, String wanted, String text) {
        return new InvalidFilterValueException(key, "filter '" + key + "' takes " + wanted + ", was given '" + text
                + "'");
    }

    private static Map<String, Operator> operators() {
        Map<String, Operator> operators = new LinkedHashMap<>();
        operators.put("eq", Operator.EQUALS);
        operators.put("ne", Operator.NOT_EQUALS);
        operators.put("gt", Operator.GREATER_THAN);
        operators.put("gte", Operator.GREATER_OR_EQUAL);
        operators.put("lt", Operator.LESS_THAN);
        operators.put("lte", Operator.LESS_OR_EQUAL);
        operators.put("in", Operator.IN);
        operators.put("nin", Operator.NOT_IN);
        operators.put("contains", Operator.CONTAINS);
        return Collections.unmodifiableMap(operators);
    }
}
