package dev.crosswalk.testkit.salesforce.query;

import dev.crosswalk.testkit.salesforce.data.ChildRelationship;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.http.ApiException;
import dev.crosswalk.testkit.salesforce.soql.Condition;
import dev.crosswalk.testkit.salesforce.soql.FieldRef;
import dev.crosswalk.testkit.salesforce.soql.Operator;
import dev.crosswalk.testkit.salesforce.soql.SoqlErrors;
import dev.crosswalk.testkit.salesforce.soql.SoqlQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves a parsed query against a schema: unknown objects and fields fail as the platform fails. */
public final class QueryBinder {

    static final int MAX_OFFSET = 2000;

    private final Schema schema;
    private final String soql;

    private QueryBinder(Schema schema, String soql) {
        this.schema = schema;
        this.soql = soql;
    }

    public static BoundQuery bind(Schema schema, SoqlQuery query) {
        QueryBinder binder = new QueryBinder(schema, query.text());
        ObjectDef from = schema.object(query.from())
                .orElseThrow(() -> SoqlErrors.invalidType(query.text(), query.fromPos(), query.from()));
        return binder.bind(query, from);
    }

    private BoundQuery bind(SoqlQuery query, ObjectDef from) {
        if (query.offset() > MAX_OFFSET) {
            throw new ApiException(400, "NUMBER_OUTSIDE_VALID_RANGE", "Maximum SOQL offset allowed is " + MAX_OFFSET);
        }
        Projection projection = new Projection(from);
        List<FieldPath> selected = new ArrayList<>();
        Set<String> named = new HashSet<>();
        boolean hasSubqueries = false;
        for (SoqlQuery.SelectItem item : query.select()) {
            switch (item) {
                case SoqlQuery.FieldItem field -> {
                    FieldPath path = resolve(from, query.alias(), field.field());
                    if (!named.add(path.label())) {
                        throw SoqlErrors.malformed(soql, field.field().pos(), "duplicate field selected: " + path.label());
                    }
                    projection.add(path, schema);
                    selected.add(path);
                }
                case SoqlQuery.CountItem count -> {
                    if (query.select().size() > 1) {
                        throw SoqlErrors.malformed(soql, count.pos(), "COUNT() cannot be combined with other fields");
                    }
                }
                case SoqlQuery.AggregateItem aggregate -> {
                    // bound below, with the GROUP BY clause
                }
                case SoqlQuery.FieldsItem fields -> {
                    if (!fields.kind().equals("STANDARD") && (query.limit() < 0 || query.limit() > 200)) {
                        throw SoqlErrors.malformed(soql, fields.pos(), "The SOQL FIELDS function must have a LIMIT of at most 200");
                    }
                    for (FieldDef field : from.fields()) {
                        boolean wanted = switch (fields.kind()) {
                            case "STANDARD" -> !field.custom();
                            case "CUSTOM" -> field.custom();
                            default -> true;
                        };
                        if (wanted) {
                            FieldPath path = new FieldPath(List.of(), field, field.name());
                            projection.add(path, schema);
                            selected.add(path);
                        }
                    }
                }
                case SoqlQuery.SubqueryItem sub -> {
                    ChildRelationship relationship = schema.childRelationship(from, sub.query().from())
                            .orElseThrow(() -> new ApiException(400, "INVALID_TYPE", SoqlErrors.located(soql, sub.query().fromPos(),
                                    "Didn't understand relationship '" + sub.query().from() + "' in FROM part of query call. If you"
                                    + " are attempting to use a custom relationship, be sure to append the '__r' after the custom"
                                    + " relationship name. Please reference your WSDL or the describe call for the appropriate names.")));
                    projection.addChildren(relationship, bind(sub.query(), relationship.child()));
                    hasSubqueries = true;
                }
            }
        }
        RowFilter filter = query.where() == null ? RowFilter.ALL
                : new FilterCompiler(soql, path -> resolve(from, query.alias(), path), this::semiJoin).compile(query.where());
        List<BoundQuery.Order> order = new ArrayList<>();
        boolean aggregateQuery = !query.groupBy().isEmpty()
                || query.select().stream().anyMatch(item -> item instanceof SoqlQuery.AggregateItem);
        for (SoqlQuery.OrderItem item : query.orderBy()) {
            if (item.function() != null && !aggregateQuery) {
                throw SoqlErrors.malformed(soql, query.fromPos(), "ORDER BY " + item.function() + "() needs an aggregate query");
            }
            FieldPath path = item.field() == null ? null : resolve(from, query.alias(), item.field());
            order.add(new BoundQuery.Order(path, item.function(), item.descending(), item.nullsLast()));
        }
        BoundQuery.Aggregation aggregation = aggregation(query, from);
        return new BoundQuery(from, projection, List.copyOf(selected), filter, List.copyOf(order), query.limit(),
                query.offset(), query.isCount(), hasSubqueries, aggregation);
    }

    /** The aggregation of a GROUP BY / aggregate-function query, or null for a plain query. */
    private BoundQuery.Aggregation aggregation(SoqlQuery query, ObjectDef from) {
        boolean aggregates = query.select().stream().anyMatch(item -> item instanceof SoqlQuery.AggregateItem);
        if (!aggregates && query.groupBy().isEmpty()) {
            return null;
        }
        List<FieldPath> groupBy = new ArrayList<>();
        for (FieldRef ref : query.groupBy()) {
            groupBy.add(resolve(from, query.alias(), ref));
        }
        List<BoundQuery.Column> columns = new ArrayList<>();
        int unnamed = 0;
        for (SoqlQuery.SelectItem item : query.select()) {
            switch (item) {
                case SoqlQuery.FieldItem field -> {
                    FieldPath path = resolve(from, query.alias(), field.field());
                    if (groupBy.stream().noneMatch(g -> g.label().equals(path.label()))) {
                        throw SoqlErrors.malformed(soql, field.field().pos(), "Field must be grouped or aggregated: "
                                + path.field().name());
                    }
                    columns.add(new BoundQuery.Column(path.field().name(), null, path));
                }
                case SoqlQuery.AggregateItem aggregate -> {
                    FieldPath path = resolve(from, query.alias(), aggregate.field());
                    boolean numeric = path.field().type().isNumeric();
                    if ((aggregate.function().equals("SUM") || aggregate.function().equals("AVG")) && !numeric) {
                        throw SoqlErrors.malformed(soql, aggregate.pos(), "field " + path.field().name()
                                + " does not support aggregate operator " + aggregate.function());
                    }
                    String label = aggregate.alias() != null ? aggregate.alias() : "expr" + unnamed++;
                    columns.add(new BoundQuery.Column(label, aggregate.function(), path));
                }
                default -> throw SoqlErrors.malformed(soql, query.fromPos(), "COUNT() and subqueries cannot be combined with GROUP BY");
            }
        }
        BoundQuery.GroupFilter having = query.having() == null ? BoundQuery.GroupFilter.ALL
                : having(query.having(), from, query.alias(), groupBy);
        return new BoundQuery.Aggregation(List.copyOf(groupBy), List.copyOf(columns), having);
    }

    private BoundQuery.GroupFilter having(Condition condition, ObjectDef from, String alias, List<FieldPath> groupBy) {
        return switch (condition) {
            case Condition.And and -> {
                List<BoundQuery.GroupFilter> parts = and.operands().stream().map(c -> having(c, from, alias, groupBy)).toList();
                yield (members, r) -> parts.stream().allMatch(p -> p.test(members, r));
            }
            case Condition.Or or -> {
                List<BoundQuery.GroupFilter> parts = or.operands().stream().map(c -> having(c, from, alias, groupBy)).toList();
                yield (members, r) -> parts.stream().anyMatch(p -> p.test(members, r));
            }
            case Condition.Not not -> {
                BoundQuery.GroupFilter inner = having(not.operand(), from, alias, groupBy);
                yield (members, r) -> !inner.test(members, r);
            }
            case Condition.Comparison comparison -> havingComparison(comparison, from, alias, groupBy);
        };
    }

    /** {@code COUNT(Id) > 1} or a grouped field compared with a literal; numbers compare as doubles. */
    private BoundQuery.GroupFilter havingComparison(Condition.Comparison c, ObjectDef from, String alias, List<FieldPath> groupBy) {
        FieldPath path = c.field() == null ? null : resolve(from, alias, c.field());
        if (c.function() == null && groupBy.stream().noneMatch(g -> g.label().equals(path.label()))) {
            throw SoqlErrors.malformed(soql, c.field().pos(), "Field must be grouped or aggregated: " + path.field().name());
        }
        Object literal = c.value() instanceof java.math.BigDecimal number ? number.doubleValue() : c.value();
        String function = c.function();
        Operator op = c.operator();
        if (!op.isOrdering()) {
            throw SoqlErrors.malformed(soql, c.valuePos(), "unsupported operator in HAVING: " + op);
        }
        return (members, r) -> {
            Object value = function == null ? (members.isEmpty() ? null : path.value(members.get(0), r))
                    : path == null ? (Object) members.size() : AggregateEngine.aggregate(function, path, members, r);
            if (value == null || literal == null) {
                return op == Operator.NE ? value != literal : op == Operator.EQ && value == literal;
            }
            return op.accepts(FilterCompiler.compare(value, literal));
        };
    }

    /** Binds the inner query of {@code field IN (SELECT x FROM Object ...)}: one Id or lookup field, no nesting. */
    private BoundQuery semiJoin(SoqlQuery inner) {
        ObjectDef object = schema.object(inner.from())
                .orElseThrow(() -> SoqlErrors.invalidType(soql, inner.fromPos(), inner.from()));
        BoundQuery bound = bind(inner, object);
        boolean oneIdField = inner.select().size() == 1 && bound.selected().size() == 1
                && (bound.selected().get(0).field().type() == FieldType.ID || bound.selected().get(0).field().type() == FieldType.REFERENCE);
        if (!oneIdField || bound.isAggregate()) {
            throw SoqlErrors.malformed(soql, inner.fromPos(), "a semi join sub-select must select exactly one Id or reference field");
        }
        return bound;
    }

    private FieldPath resolve(ObjectDef from, String alias, FieldRef ref) {
        List<String> path = ref.path();
        int start = 0;
        if (path.size() > 1 && (path.get(0).equalsIgnoreCase(from.name()) || path.get(0).equalsIgnoreCase(alias))) {
            start = 1;
        }
        ObjectDef type = from;
        List<FieldDef> lookups = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        for (int i = start; i < path.size() - 1; i++) {
            String relationship = path.get(i);
            FieldDef lookup = type.lookupByRelationship(relationship)
                    .orElseThrow(() -> SoqlErrors.unknownRelationship(soql, ref.pos(), relationship));
            lookups.add(lookup);
            label.append(lookup.relationshipName()).append('.');
            type = schema.requiredObject(lookup.referenceTo().get(0));
        }
        String column = path.get(path.size() - 1);
        ObjectDef owner = type;
        FieldDef field = type.field(column)
                .orElseThrow(() -> SoqlErrors.noSuchColumn(soql, ref.pos(), column, owner.name()));
        return new FieldPath(List.copyOf(lookups), field, label.append(field.name()).toString());
    }
}
