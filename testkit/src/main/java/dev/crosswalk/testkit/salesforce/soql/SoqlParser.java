package dev.crosswalk.testkit.salesforce.soql;

import dev.crosswalk.testkit.salesforce.http.ApiException;
import io.github.apexdevtools.apexparser.ApexLexer;
import io.github.apexdevtools.apexparser.ApexParser;
import io.github.apexdevtools.apexparser.ApexParser.ComparisonOperatorContext;
import io.github.apexdevtools.apexparser.ApexParser.DateFormulaContext;
import io.github.apexdevtools.apexparser.ApexParser.FieldExpressionContext;
import io.github.apexdevtools.apexparser.ApexParser.FieldNameContext;
import io.github.apexdevtools.apexparser.ApexParser.FieldOrderContext;
import io.github.apexdevtools.apexparser.ApexParser.SelectEntryContext;
import io.github.apexdevtools.apexparser.ApexParser.SubFieldEntryContext;
import io.github.apexdevtools.apexparser.ApexParser.ValueContext;
import io.github.apexdevtools.apexparser.ApexParser.WhereConditionalExpressionContext;
import io.github.apexdevtools.apexparser.ApexParser.WhereLogicalExpressionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Parses SOQL with the apex-parser grammar into a {@link SoqlQuery}. Syntax errors become {@code MALFORMED_QUERY}
 * with the platform's row/column layout. Date literals ({@code TODAY}, {@code LAST_N_DAYS:n}, ...) are resolved
 * against {@code today} (UTC). Stateless and thread-safe.
 */
public final class SoqlParser {

    /** Clause keywords the grammar would otherwise accept as a FROM alias ({@code FROM Account WHERE}). */
    private static final java.util.Set<String> CLAUSE_KEYWORDS = java.util.Set.of("WHERE", "ORDER", "LIMIT", "OFFSET", "GROUP",
            "HAVING", "WITH", "USING", "FOR", "UPDATE", "ALL");

    private static final java.util.Set<String> AGGREGATES = java.util.Set.of("COUNT", "COUNT_DISTINCT", "SUM", "AVG", "MIN", "MAX");

    /** Stands for the backslash of a {@code \\%} or {@code \\_} escape while the grammar reads a statement. */
    static final char LIKE_ESCAPE = '\uE000';

    private final String soql;
    private final LocalDate today;
    private CommonTokenStream tokens;

    private SoqlParser(String soql, LocalDate today) {
        this.soql = soql;
        this.today = today;
    }

    public static SoqlQuery parse(String soql, LocalDate today) {
        SoqlParser parser = new SoqlParser(soql, today);
        return parser.run();
    }

    private SoqlQuery run() {
        BaseErrorListener failFast = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                    String msg, RecognitionException e) {
                throw unexpected(offendingSymbol instanceof Token token ? token : null, line, charPositionInLine);
            }
        };
        ApexLexer lexer = new ApexLexer(CharStreams.fromString(markLikeEscapes(soql)));
        lexer.removeErrorListeners();
        lexer.addErrorListener(failFast);
        tokens = new CommonTokenStream(lexer);
        ApexParser parser = new ApexParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(failFast);
        ApexParser.QueryContext query = parser.query();
        if (tokens.LA(1) != Token.EOF) {
            Token extra = tokens.LT(1);
            throw unexpected(extra, extra.getLine(), extra.getCharPositionInLine());
        }
        return query(query);
    }

    /**
     * The Apex grammar knows no {@code \\%} or {@code \\_} escape, which SOQL allows in LIKE patterns. Inside string
     * literals they become {@link #LIKE_ESCAPE} and the character, two characters as before, so positions in error
     * messages stay right; {@link #unquote} reads them back.
     */
    static String markLikeEscapes(String soql) {
        StringBuilder marked = new StringBuilder(soql);
        boolean inLiteral = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            } else if (inLiteral && c == '\\' && i + 1 < marked.length()) {
                char next = marked.charAt(i + 1);
                if (next == '%' || next == '_') {
                    marked.setCharAt(i, LIKE_ESCAPE);
                }
                i++;
            }
        }
        return marked.toString();
    }

    /** The platform reports {@code <EOF>} one column past the end of the statement. */
    private ApiException unexpected(Token token, int line, int charPosition) {
        boolean eof = token == null || token.getType() == Token.EOF;
        String shown = eof ? "<EOF>" : "'" + token.getText() + "'";
        return SoqlErrors.malformed(soql, new SourcePos(line, charPosition + (eof ? 2 : 1)), "unexpected token: " + shown);
    }

    private Token nextVisible(Token token) {
        for (int i = token.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token next = tokens.get(i);
            if (next.getChannel() == Token.DEFAULT_CHANNEL) {
                return next;
            }
        }
        return token;
    }

    private SoqlQuery query(ApexParser.QueryContext ctx) {
        List<SoqlQuery.SelectItem> select = new ArrayList<>();
        for (SelectEntryContext entry : ctx.selectList().selectEntry()) {
            select.add(selectItem(entry.fieldName(), entry.soqlFunction(), entry.subQuery(), entry.typeOf(), entry,
                    entry.soqlId() == null ? null : entry.soqlId().getText()));
        }
        List<FieldRef> groupBy = new ArrayList<>();
        ApexParser.GroupByClauseContext group = ctx.groupByClause();
        if (group != null) {
            if (group.ROLLUP() != null || group.CUBE() != null) {
                throw SoqlErrors.malformed(soql, pos(group), "the emulator supports plain GROUP BY field lists only");
            }
            for (ApexParser.FieldGroupByContext item : group.fieldGroupByList().fieldGroupBy()) {
                if (item.fieldName() == null) {
                    throw SoqlErrors.malformed(soql, pos(item), "the emulator groups by fields only");
                }
                groupBy.add(fieldRef(item.fieldName()));
            }
        }
        if (groupBy.isEmpty()) {
            ctx.selectList().selectEntry().forEach(entry -> refuseFieldAlias(entry.fieldName(), entry.soqlId()));
        }
        Condition having = group == null || group.HAVING() == null ? null : having(group.logicalExpression());
        SoqlQuery parsed = assemble(select, ctx.fromNameList(), ctx.whereClause(), groupBy, ctx.orderByClause(), ctx.limitClause(),
                ctx.offsetClause());
        return having == null ? parsed : parsed.withHaving(having);
    }

    private SoqlQuery subQuery(ApexParser.SubQueryContext ctx) {
        List<SoqlQuery.SelectItem> select = new ArrayList<>();
        for (SubFieldEntryContext entry : ctx.subFieldList().subFieldEntry()) {
            refuseFieldAlias(entry.fieldName(), entry.soqlId());
            select.add(selectItem(entry.fieldName(), entry.soqlFunction(), entry.subQuery(), entry.typeOf(), entry,
                    entry.soqlId() == null ? null : entry.soqlId().getText()));
        }
        return assemble(select, ctx.fromNameList(), ctx.whereClause(), List.of(), ctx.orderByClause(), ctx.limitClause(), null);
    }

    /**
     * A plain field may carry an alias only in a grouped query; elsewhere the grammar's alias is a mistake such as
     * {@code SELECT Name WHERE FROM Contact}, which the platform refuses.
     */
    private void refuseFieldAlias(FieldNameContext field, ApexParser.SoqlIdContext alias) {
        if (field != null && alias != null) {
            throw SoqlErrors.malformed(soql, pos(alias), "only aggregate expressions use field aliasing");
        }
    }

    private SoqlQuery.SelectItem selectItem(FieldNameContext field, ApexParser.SoqlFunctionContext function,
            ApexParser.SubQueryContext sub, ParserRuleContext typeOf, ParserRuleContext entry, String alias) {
        if (field != null) {
            return new SoqlQuery.FieldItem(fieldRef(field));
        }
        if (sub != null) {
            return new SoqlQuery.SubqueryItem(subQuery(sub));
        }
        if (function != null && function.COUNT() != null && function.fieldName() == null) {
            return new SoqlQuery.CountItem(pos(function));
        }
        if (function != null && function.FIELDS() != null) {
            return new SoqlQuery.FieldsItem(function.soqlFieldsParameter().getText().toUpperCase(Locale.ROOT), pos(function));
        }
        if (function != null && function.fieldName() != null && AGGREGATES.contains(function.getStart().getText().toUpperCase(Locale.ROOT))) {
            return new SoqlQuery.AggregateItem(function.getStart().getText().toUpperCase(Locale.ROOT), fieldRef(function.fieldName()),
                    alias, pos(function));
        }
        throw SoqlErrors.malformed(soql, pos(typeOf != null ? typeOf : entry),
                "the emulator does not support '" + entry.getText() + "' in a select list");
    }

    private SoqlQuery assemble(List<SoqlQuery.SelectItem> select, ApexParser.FromNameListContext from,
            ApexParser.WhereClauseContext where, List<FieldRef> groupBy, ApexParser.OrderByClauseContext orderBy,
            ApexParser.LimitClauseContext limit, ApexParser.OffsetClauseContext offset) {
        if (from.fieldName().size() > 1) {
            throw SoqlErrors.malformed(soql, pos(from.fieldName(1)), "unexpected token: ','");
        }
        String alias = from.soqlId().isEmpty() ? null : from.soqlId(0).getText();
        if (alias != null && CLAUSE_KEYWORDS.contains(alias.toUpperCase(Locale.ROOT))) {
            Token next = nextVisible(from.soqlId(0).getStop());
            throw unexpected(next, next.getLine(), next.getCharPositionInLine());
        }
        Condition condition = where == null ? null : logical(where.whereLogicalExpression());
        List<SoqlQuery.OrderItem> order = new ArrayList<>();
        if (orderBy != null) {
            for (FieldOrderContext item : orderBy.fieldOrderList().fieldOrder()) {
                if (item.fieldName() != null) {
                    order.add(new SoqlQuery.OrderItem(fieldRef(item.fieldName()), null, item.DESC() != null, item.LAST() != null));
                    continue;
                }
                ApexParser.SoqlFunctionContext function = item.soqlFunction();
                String name = function.getStart().getText().toUpperCase(Locale.ROOT);
                if (!AGGREGATES.contains(name)) {
                    throw SoqlErrors.malformed(soql, pos(item), "the emulator orders by fields and aggregates only");
                }
                order.add(new SoqlQuery.OrderItem(function.fieldName() == null ? null : fieldRef(function.fieldName()), name,
                        item.DESC() != null, item.LAST() != null));
            }
        }
        int limitValue = limit == null ? -1 : integer(limit.IntegerLiteral(), limit);
        int offsetValue = offset == null ? 0 : integer(offset.IntegerLiteral(), offset);
        return new SoqlQuery(soql, select, from.fieldName(0).getText(), pos(from.fieldName(0)), alias, condition,
                List.copyOf(groupBy), null, order, limitValue, offsetValue, offset == null ? null : pos(offset));
    }

    private int integer(org.antlr.v4.runtime.tree.TerminalNode literal, ParserRuleContext clause) {
        if (literal == null) {
            throw SoqlErrors.malformed(soql, pos(clause), "bind variables are not supported in the REST API");
        }
        try {
            return Integer.parseInt(literal.getText());
        } catch (NumberFormatException e) {
            throw SoqlErrors.malformed(soql, pos(clause), "invalid integer: " + literal.getText());
        }
    }

    /** A HAVING clause: comparisons of aggregates ({@code COUNT(Id) > 1}) or grouped fields, with AND/OR/NOT. */
    private Condition having(ApexParser.LogicalExpressionContext ctx) {
        List<Condition> operands = new ArrayList<>();
        for (ApexParser.ConditionalExpressionContext operand : ctx.conditionalExpression()) {
            if (operand.logicalExpression() != null) {
                operands.add(having(operand.logicalExpression()));
                continue;
            }
            FieldExpressionContext expression = operand.fieldExpression();
            Operator operator = operator(expression.comparisonOperator());
            Object value = value(expression.value(), operator);
            if (expression.fieldName() != null) {
                operands.add(new Condition.Comparison(fieldRef(expression.fieldName()), null, operator, value, pos(expression.value())));
                continue;
            }
            ApexParser.SoqlFunctionContext function = expression.soqlFunction();
            String name = function.getStart().getText().toUpperCase(Locale.ROOT);
            if (!AGGREGATES.contains(name)) {
                throw SoqlErrors.malformed(soql, pos(function), "the emulator does not support " + name + " in HAVING");
            }
            FieldRef field = function.fieldName() == null ? null : fieldRef(function.fieldName());
            operands.add(new Condition.Comparison(field, name, operator, value, pos(expression.value())));
        }
        if (ctx.NOT() != null) {
            return new Condition.Not(operands.get(0));
        }
        if (operands.size() == 1) {
            return operands.get(0);
        }
        return ctx.SOQLAND().isEmpty() ? new Condition.Or(operands) : new Condition.And(operands);
    }

    private Condition logical(WhereLogicalExpressionContext ctx) {
        List<Condition> operands = new ArrayList<>();
        for (WhereConditionalExpressionContext operand : ctx.whereConditionalExpression()) {
            operands.add(conditional(operand));
        }
        if (ctx.NOT() != null) {
            return new Condition.Not(operands.get(0));
        }
        if (operands.size() == 1) {
            return operands.get(0);
        }
        return ctx.SOQLAND().isEmpty() ? new Condition.Or(operands) : new Condition.And(operands);
    }

    private Condition conditional(WhereConditionalExpressionContext ctx) {
        if (ctx.whereLogicalExpression() != null) {
            return logical(ctx.whereLogicalExpression());
        }
        FieldExpressionContext expression = ctx.whereFieldExpression().fieldExpression();
        if (expression == null) {
            throw SoqlErrors.malformed(soql, pos(ctx), "the emulator filters on fields and date functions only");
        }
        Operator operator = operator(expression.comparisonOperator());
        if (expression.fieldName() != null) {
            return new Condition.Comparison(fieldRef(expression.fieldName()), null, operator,
                    value(expression.value(), operator), pos(expression.value()));
        }
        ApexParser.SoqlFunctionContext function = expression.soqlFunction();
        String name = function.getStart().getText().toUpperCase(Locale.ROOT);
        if (function.dateFieldName() == null || !DateFunctions.isKnown(name)) {
            throw SoqlErrors.malformed(soql, pos(function), "the emulator does not support " + name + " in WHERE");
        }
        return new Condition.Comparison(fieldRef(function.dateFieldName().fieldName()), name, operator,
                value(expression.value(), operator), pos(expression.value()));
    }

    private static Operator operator(ComparisonOperatorContext ctx) {
        return switch (ctx.getText().toUpperCase(Locale.ROOT)) {
            case "=" -> Operator.EQ;
            case "!=", "<>" -> Operator.NE;
            case "<" -> Operator.LT;
            case "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            case ">=" -> Operator.GE;
            case "LIKE" -> Operator.LIKE;
            case "IN" -> Operator.IN;
            case "NOTIN" -> Operator.NOT_IN;
            case "INCLUDES" -> Operator.INCLUDES;
            case "EXCLUDES" -> Operator.EXCLUDES;
            default -> throw new IllegalStateException("unknown operator " + ctx.getText());
        };
    }

    /** A literal; in a LIKE pattern {@code \\%}, {@code \\_} and {@code \\\\} stay escaped for the pattern to read. */
    private Object value(ValueContext ctx, Operator operator) {
        if (ctx.NULL() != null) {
            return null;
        }
        if (ctx.BooleanLiteral() != null) {
            return Boolean.parseBoolean(ctx.getText().toLowerCase(Locale.ROOT));
        }
        if (ctx.signedNumber() != null) {
            return new BigDecimal(ctx.signedNumber().getText());
        }
        if (ctx.StringLiteral() != null) {
            String literal = ctx.StringLiteral().getText();
            return operator == Operator.LIKE ? unquoteLike(literal) : unquote(literal);
        }
        if (ctx.DateLiteral() != null) {
            return LocalDate.parse(ctx.getText());
        }
        if (ctx.DateTimeLiteral() != null) {
            return OffsetDateTime.parse(ctx.getText().replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
        }
        if (ctx.dateFormula() != null) {
            return dateRange(ctx.dateFormula());
        }
        if (ctx.subQuery() != null) {
            return new SoqlQuery.SemiJoin(subQuery(ctx.subQuery()));
        }
        if (ctx.valueList() != null) {
            List<Object> values = new ArrayList<>();
            for (ValueContext item : ctx.valueList().value()) {
                values.add(value(item, operator));
            }
            return values;
        }
        throw SoqlErrors.malformed(soql, pos(ctx), "the emulator does not support the value '" + ctx.getText() + "'");
    }

    /** Removes the quotes of a SOQL string literal and resolves its backslash escapes ({@code \\uXXXX} too). */
    static String unquote(String literal) {
        return unquote(literal, false);
    }

    /**
     * Like {@link #unquote(String)}, but keeps {@code \\%}, {@code \\_} and {@code \\\\} as written: in a LIKE pattern
     * they stand for a literal percent sign, underscore and backslash, which the pattern matcher resolves.
     */
    static String unquoteLike(String literal) {
        return unquote(literal, true);
    }

    private static String unquote(String literal, boolean likePattern) {
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == LIKE_ESCAPE && i + 1 < body.length() && (body.charAt(i + 1) == '%' || body.charAt(i + 1) == '_')) {
                char escaped = body.charAt(++i);
                if (likePattern) {
                    out.append('\\');
                }
                out.append(escaped);
                continue;
            }
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            if (likePattern && next == '\\') {
                out.append('\\').append(next);
            } else if ((next == 'u' || next == 'U') && i + 4 < body.length() && isHex(body.substring(i + 1, i + 5))) {
                out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(switch (next) {
                    case 'n', 'N' -> '\n';
                    case 'r', 'R' -> '\r';
                    case 't', 'T' -> '\t';
                    case 'b', 'B' -> '\b';
                    case 'f', 'F' -> '\f';
                    default -> next;
                });
            }
        }
        return out.toString();
    }

    private static boolean isHex(String digits) {
        return digits.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }

    private DateRange dateRange(DateFormulaContext ctx) {
        int n = ctx.signedInteger() == null ? 0 : Integer.parseInt(ctx.signedInteger().getText());
        String name = ctx.getStart().getText().toUpperCase(Locale.ROOT);
        return DateLiterals.resolve(name, n, today)
                .orElseThrow(() -> SoqlErrors.malformed(soql, pos(ctx), "the emulator does not support the date literal " + name));
    }

    private FieldRef fieldRef(FieldNameContext ctx) {
        List<String> path = new ArrayList<>();
        for (ApexParser.SoqlIdContext id : ctx.soqlId()) {
            path.add(id.getText());
        }
        return new FieldRef(List.copyOf(path), pos(ctx));
    }

    private static SourcePos pos(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        return new SourcePos(start.getLine(), start.getCharPositionInLine() + 1);
    }
}
