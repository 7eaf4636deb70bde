package dev.crosswalk.testkit.salesforce.soql;

import java.util.List;

/**
 * A parsed SOQL statement (or a parent-to-child subquery, whose {@code from} is a relationship name).
 *
 * @param where  null when absent
 * @param groupBy empty when absent
 * @param having  null when absent
 * @param limit  -1 when absent
 * @param offset 0 when absent
 */
public record SoqlQuery(String text, List<SelectItem> select, String from, SourcePos fromPos, String alias, Condition where,
        List<FieldRef> groupBy, Condition having, List<OrderItem> orderBy, int limit, int offset, SourcePos offsetPos) {

    SoqlQuery withHaving(Condition condition) {
        return new SoqlQuery(text, select, from, fromPos, alias, where, groupBy, condition, orderBy, limit, offset, offsetPos);
    }

    public sealed interface SelectItem {
    }

    public record FieldItem(FieldRef field) implements SelectItem {
    }

    /** {@code COUNT()}: the row count only. */
    public record CountItem(SourcePos pos) implements SelectItem {
    }

    public record SubqueryItem(SoqlQuery query) implements SelectItem {
    }

    /** {@code FIELDS(ALL | STANDARD | CUSTOM)}: expanded against the object's fields when bound. */
    public record FieldsItem(String kind, SourcePos pos) implements SelectItem {
    }

    /** {@code SUM(Amount) total}: an aggregate function of a field, with its alias or null. */
    public record AggregateItem(String function, FieldRef field, String alias, SourcePos pos) implements SelectItem {
    }

    /** {@code Id IN (SELECT AccountId FROM Contact ...)}: the value of a semi-join or anti-join. */
    public record SemiJoin(SoqlQuery query) {
    }

    /** @param function an aggregate ({@code COUNT}) when ordering an aggregate query by it, else null; field null for COUNT() */
    public record OrderItem(FieldRef field, String function, boolean descending, boolean nullsLast) {
    }

    public boolean isCount() {
        return select.size() == 1 && select.get(0) instanceof CountItem;
    }
}
