package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.soql.Condition;
import dev.crosswalk.testkit.salesforce.soql.DateFunctions;
import dev.crosswalk.testkit.salesforce.soql.DateRange;
import dev.crosswalk.testkit.salesforce.soql.FieldRef;
import dev.crosswalk.testkit.salesforce.soql.Operator;
import dev.crosswalk.testkit.salesforce.soql.SoqlErrors;
import dev.crosswalk.testkit.salesforce.soql.SoqlQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compiles a {@link Condition} into a {@link RowFilter}, checking literal types the way the platform does. String
 * comparisons are case-insensitive; {@code != x} matches nulls; date literals compare as ranges.
 */
final class FilterCompiler {

    private final String soql;
    private final Function<FieldRef, FieldPath> resolver;
    private final Function<SoqlQuery, BoundQuery> semiJoins;

    /** @param semiJoins binds the inner query of {@code IN (SELECT ...)} */
    FilterCompiler(String soql, Function<FieldRef, FieldPath> resolver, Function<SoqlQuery, BoundQuery> semiJoins) {
        this.soql = soql;
        this.resolver = resolver;
        this.semiJoins = semiJoins;
    }

    RowFilter compile(Condition condition) {
        return switch (condition) {
            case Condition.And and -> {
                List<RowFilter> parts = and.operands().stream().map(this::compile).toList();
                yield (row, r) -> {
                    for (RowFilter part : parts) {
                        if (!part.test(row, r)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            case Condition.Or or -> {
                List<RowFilter> parts = or.operands().stream().map(this::compile).toList();
                yield (row, r) -> {
                    for (RowFilter part : parts) {
                        if (part.test(row, r)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case Condition.Not not -> {
                RowFilter inner = compile(not.operand());
                yield (row, r) -> !inner.test(row, r);
            }
            case Condition.Comparison comparison -> comparison(comparison);
        };
    }

    private RowFilter comparison(Condition.Comparison c) {
        FieldPath path = resolver.apply(c.field());
        if (c.function() != null) {
            return dateFunction(c, path);
        }
        FieldDef field = path.field();
        Operator op = c.operator();
        if (op == Operator.LIKE) {
            if (!field.type().isText()) {
                throw SoqlErrors.invalidField(soql, c.field().pos(), "invalid operator on field: " + field.name());
            }
            Pattern pattern = likePattern((String) coerce(field, c.value(), c));
            return (row, r) -> {
                Object value = path.value(row, r);
                return value != null && pattern.matcher((String) value).matches();
            };
        }
        if ((op == Operator.IN || op == Operator.NOT_IN) && c.value() instanceof SoqlQuery.SemiJoin join) {
            return semiJoin(path, semiJoins.apply(join.query()), op == Operator.NOT_IN);
        }
        if (op == Operator.IN || op == Operator.NOT_IN) {
            List<Object> values = new ArrayList<>();
            for (Object item : list(c)) {
                values.add(coerce(field, item, c));
            }
            boolean negate = op == Operator.NOT_IN;
            return (row, r) -> {
                Object value = path.value(row, r);
                boolean found = false;
                for (Object candidate : values) {
                    if (candidate == null ? value == null : value != null && compare(value, candidate) == 0) {
                        found = true;
                        break;
                    }
                }
                return found != negate;
            };
        }
        if (op == Operator.INCLUDES || op == Operator.EXCLUDES) {
            List<Set<String>> alternatives = new ArrayList<>();
            for (Object item : list(c)) {
                alternatives.add(splitPicklist((String) coerce(field, item, c)));
            }
            boolean negate = op == Operator.EXCLUDES;
            return (row, r) -> {
                Object value = path.value(row, r);
                Set<String> selected = value == null ? Set.of() : splitPicklist((String) value);
                boolean any = alternatives.stream().anyMatch(selected::containsAll);
                return any != negate;
            };
        }
        Object literal = coerce(field, c.value(), c);
        if (literal instanceof DateRange range) {
            return rangeFilter(path::value, field.type() == FieldType.DATETIME, op, range);
        }
        if (literal == null) {
            return switch (op) {
                case EQ -> (row, r) -> path.value(row, r) == null;
                case NE -> (row, r) -> path.value(row, r) != null;
                default -> (row, r) -> false;
            };
        }
        return (row, r) -> {
            Object value = path.value(row, r);
            if (value == null) {
                return op == Operator.NE;
            }
            return op.accepts(compare(value, literal));
        };
    }

    /** {@code Id IN (SELECT AccountId FROM Contact)}: the inner ids are collected once, on first use. */
    private static RowFilter semiJoin(FieldPath path, BoundQuery inner, boolean negate) {
        java.util.concurrent.atomic.AtomicReference<Set<Object>> ids = new java.util.concurrent.atomic.AtomicReference<>();
        return (row, r) -> {
            Set<Object> found = ids.get();
            if (found == null) {
                found = new HashSet<>();
                FieldPath selected = inner.selected().get(0);
                for (java.util.Iterator<Row> rows = r.org().table(inner.from()).scan(false); rows.hasNext();) {
                    Row candidate = rows.next();
                    if (inner.filter().test(candidate, r)) {
                        Object value = selected.value(candidate, r);
                        if (value != null) {
                            found.add(value);
                        }
                    }
                }
                ids.set(found);
            }
            Object value = path.value(row, r);
            return (value != null && found.contains(value)) != negate;
        };
    }

    /**
     * {@code CALENDAR_YEAR(CreatedDate) = 2026}: the function of the value compared with a number, or for DAY_ONLY with a
     * date or a date literal ({@code DAY_ONLY(CreatedDate) = LAST_N_DAYS:3}).
     */
    private RowFilter dateFunction(Condition.Comparison c, FieldPath path) {
        FieldType type = path.field().type();
        if (type != FieldType.DATE && type != FieldType.DATETIME) {
            throw SoqlErrors.invalidField(soql, c.field().pos(), "Invalid date function on field: " + path.field().name());
        }
        Operator op = c.operator();
        if (!op.isOrdering() && op != Operator.IN && op != Operator.NOT_IN) {
            throw SoqlErrors.invalidField(soql, c.field().pos(), "invalid operator on field: " + path.field().name());
        }
        boolean dayOnly = c.function().equals("DAY_ONLY");
        if (dayOnly && c.value() instanceof DateRange range) {
            return rangeFilter((row, r) -> DateFunctions.apply("DAY_ONLY", path.value(row, r)), false, op, range);
        }
        List<Object> literals = new ArrayList<>();
        for (Object item : c.value() instanceof List<?> list ? list : java.util.Collections.singletonList(c.value())) {
            if (dayOnly ? !(item instanceof LocalDate) : !(item instanceof BigDecimal)) {
                throw SoqlErrors.invalidField(soql, c.valuePos(), "value of filter criterion for " + c.function()
                        + " must be of type " + (dayOnly ? "date" : "integer"));
            }
            literals.add(dayOnly ? item : (Object) ((BigDecimal) item).intValue());
        }
        return (row, r) -> {
            Object value = DateFunctions.apply(c.function(), path.value(row, r));
            if (value == null) {
                return op == Operator.NE || op == Operator.NOT_IN;
            }
            if (op == Operator.IN || op == Operator.NOT_IN) {
                boolean found = literals.stream().anyMatch(l -> compare(value, l) == 0);
                return found != (op == Operator.NOT_IN);
            }
            return op.accepts(compare(value, literals.get(0)));
        };
    }

    /**
     * A value compared with the days of a date literal, {@code [start, end)}.
     *
     * @param datetime whether the value is an instant, compared with the days' UTC midnights
     */
    private static RowFilter rangeFilter(BiFunction<Row, RowResolver, Object> valueOf, boolean datetime, Operator op,
            DateRange range) {
        Object start = datetime ? range.start().atStartOfDay().toInstant(ZoneOffset.UTC) : range.start();
        Object end = datetime ? range.end().atStartOfDay().toInstant(ZoneOffset.UTC) : range.end();
        return (row, r) -> {
            Object value = valueOf.apply(row, r);
            if (value == null) {
                return op == Operator.NE;
            }
            boolean afterStart = compare(value, start) >= 0;
            boolean beforeEnd = compare(value, end) < 0;
            return switch (op) {
                case EQ -> afterStart && beforeEnd;
                case NE -> !(afterStart && beforeEnd);
                case LT -> !afterStart;
                case LE -> beforeEnd;
                case GT -> !beforeEnd;
                case GE -> afterStart;
                default -> false;
            };
        };
    }

    private List<?> list(Condition.Comparison c) {
        if (c.value() instanceof List<?> values) {
            return values;
        }
        if (c.operator() == Operator.INCLUDES || c.operator() == Operator.EXCLUDES) {
            return List.of(c.value());
        }
        throw SoqlErrors.malformed(soql, c.valuePos(), "unexpected token: '" + c.value() + "'");
    }

    /** Converts a literal to the stored representation of {@code field}, or fails like the platform. */
    private Object coerce(FieldDef field, Object literal, Condition.Comparison c) {
        if (literal == null) {
            return null;
        }
        FieldType type = field.type();
        if (type.isNumeric()) {
            if (literal instanceof BigDecimal number) {
                return number.doubleValue();
            }
            throw typeMismatch(field, c, "double", false);
        }
        if (type == FieldType.BOOLEAN) {
            if (literal instanceof Boolean) {
                return literal;
            }
            throw typeMismatch(field, c, "boolean", false);
        }
        if (type == FieldType.DATE) {
            if (literal instanceof LocalDate || literal instanceof DateRange) {
                return literal;
            }
            throw typeMismatch(field, c, "date", false);
        }
        if (type == FieldType.DATETIME) {
            if (literal instanceof Instant || literal instanceof DateRange) {
                return literal;
            }
            throw typeMismatch(field, c, "dateTime", false);
        }
        if (!(literal instanceof String text)) {
            throw typeMismatch(field, c, "string", true);
        }
        if (type == FieldType.ID || type == FieldType.REFERENCE) {
            return SalesforceIds.normalise(text).orElseThrow(() -> new ApiException(400, "INVALID_QUERY_FILTER_OPERATOR",
                    SoqlErrors.located(soql, c.valuePos(), "invalid ID field: " + text)));
        }
        return text;
    }

    private ApiException typeMismatch(FieldDef field, Condition.Comparison c, String typeName, boolean quoted) {
        return SoqlErrors.invalidField(soql, c.valuePos(), "value of filter criterion for field '" + field.name()
                + "' must be of type " + typeName + " and should " + (quoted ? "" : "not ") + "be enclosed in quotes");
    }

    /** Compares two non-null stored values of the same field: text case-insensitively, the rest naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return s.compareToIgnoreCase(t);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** A LIKE pattern as a regular expression, read by code point so characters outside the BMP stay whole. */
    static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        int[] codePoints = like.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int ch = codePoints[i];
            if (ch == '\\' && i + 1 < codePoints.length) {
                regex.append(Pattern.quote(Character.toString(codePoints[++i])));
            } else if (ch == '%') {
                regex.append(".*");
            } else if (ch == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(Character.toString(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static Set<String> splitPicklist(String value) {
        Set<String> values = new HashSet<>();
        for (String part : Arrays.asList(value.split(";"))) {
            values.add(part.trim().toLowerCase(Locale.ROOT));
        }
        return values;
    }
}
