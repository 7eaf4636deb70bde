package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * The SQL-like rendering {@code $convertQueryToSql} uses when a connector names no dialect: text in single quotes with
 * quotes doubled, {@code CONTAINS} as {@code LIKE '%...%'} with {@code %}, {@code _} and {@code \} escaped by a
 * backslash. Only ever shown to the mapping; the filters travel as {@link FieldFilter}s. Stateless, thread-safe.
 */
final class NeutralSql implements QueryDialect {

    static final NeutralSql INSTANCE = new NeutralSql();

    private NeutralSql() {
    }

    @Override
    public String where(List<FieldFilter> filters) {
        StringJoiner clause = new StringJoiner(" AND ");
        for (FieldFilter filter : filters) {
            clause.add(condition(filter));
        }
        return clause.toString();
    }

    private static String condition(FieldFilter filter) {
        String field = filter.field();
        List<Object> values = filter.values();
        return switch (filter.operator()) {
            case EQUALS -> field + " = " + literal(values.get(0));
            case NOT_EQUALS -> field + " != " + literal(values.get(0));
            case IN -> field + " IN " + list(values);
            case NOT_IN -> field + " NOT IN " + list(values);
            case GREATER_THAN -> field + " > " + literal(values.get(0));
            case GREATER_OR_EQUAL -> field + " >= " + literal(values.get(0));
            case LESS_THAN -> field + " < " + literal(values.get(0));
            case LESS_OR_EQUAL -> field + " <= " + literal(values.get(0));
            case CONTAINS -> field + " LIKE '%" + quoted(likeEscaped(String.valueOf(values.get(0)))) + "%'";
        };
    }

    private static String list(List<Object> values) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        values.forEach(value -> list.add(literal(value)));
        return list.toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        return "'" + quoted(String.valueOf(value)) + "'";
    }

    private static String quoted(String text) {
        return text.replace("'", "''");
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
