package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.UnifiedValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a layered mapping against a connection's schema by probing it with a sample record ({@link ProbeRecord}):
 * every field a path or JSONata expression reads exists with the schema's spelling, relationship paths lead somewhere
 * within {@value FieldPath#MAX_LEVELS} levels, and every unified field gets a value of a fitting type; the query side's
 * provider fields exist too. Collects every problem. Not thread-safe: one per validation.
 */
final class MappingValidator {

    private final UnifiedMapping mapping;
    private final Problems problems = new Problems();
    private final ProbeLog log;
    private final TypeFit fit;

    private MappingValidator(UnifiedMapping mapping, SchemaLookup schemas) {
        this.mapping = mapping;
        this.log = new ProbeLog(schemas, problems);
        this.fit = new TypeFit(log);
    }

    static List<String> validate(UnifiedMapping mapping, SchemaLookup schemas) {
        return new MappingValidator(mapping, schemas).validate();
    }

    private List<String> validate() {
        Optional<ObjectSchema> schema = log.describe(mapping.providerObject());
        if (schema.isEmpty()) {
            problems.add(mapping.objectPosition(), "this connection has no object '" + mapping.providerObject()
                    + "' (or cannot describe it)");
            return problems.messages();
        }
        ProbeRecord probe = ProbeRecord.of(schema.get(), log);
        RecordScope sample = new RecordScope(probe, mapping.providerObject(), null);
        for (ResponseProgram.Step step : mapping.responseProgram().steps()) {
            if (step instanceof ResponseProgram.FieldsStep fields) {
                fields.fields().entries().forEach((name, expr) -> field(name, expr, sample));
            } else {
                responseMapping(((ResponseProgram.MappingStep) step).program(), sample);
            }
        }
        QueryProgram query = mapping.queryProgram();
        query.entries().values().forEach(entry -> {
            log.probing(entry.position(), null);
            entry.path().read(probe);
        });
        query.mappings().forEach(queryMapping -> queryMapping(queryMapping, probe));
        return problems.messages();
    }

    private void field(String name, Expr expr, RecordScope sample) {
        List<Expr> leaves = new ArrayList<>();
        leavesOf(expr, leaves);
        for (Expr leaf : leaves) {
            log.probing(leaf.position(), leaf instanceof Expr.Jsonata jsonata ? jsonata.program() : null);
            evaluate(leaf, sample);
        }
        UnifiedValueType type = mapping.object().fields().get(name);
        if (type == null) {
            return;
        }
        log.mute(true);
        try {
            Object value = evaluate(expr, sample);
            fit.check(name, type, value).ifPresent(reason -> problems.add(expr.position(), "response." + name + ": "
                    + reason));
        } finally {
            log.mute(false);
        }
    }

    private Object evaluate(Expr expr, RecordScope sample) {
        try {
            return expr.evaluate(sample);
        } catch (MappingEvaluationException e) {
            problems.add(expr.position(), e.getMessage());
            return null;
        }
    }

    private static void leavesOf(Expr expr, List<Expr> leaves) {
        switch (expr) {
            case Expr.Fields fields -> fields.values().forEach(value -> leavesOf(value, leaves));
            case Expr.Items items -> items.items().forEach(item -> leavesOf(item, leaves));
            case Expr.Constant constant -> {
                // reads nothing
            }
            default -> leaves.add(expr);
        }
    }

    private void responseMapping(JsonataProgram program, RecordScope sample) {
        log.probing(program.position(), program);
        Object result;
        try {
            result = program.evaluate(sample.context(), Map.of());
        } catch (JsonataProgram.Failure e) {
            problems.add(program.position(), "response_mapping fails on " + sample.name() + ": " + e.getMessage());
            return;
        }
        if (result == null) {
            return;
        }
        if (!(result instanceof Map<?, ?> produced)) {
            problems.add(program.position(), "response_mapping must produce an object; it produces "
                    + JsonValues.kindOf(result));
            return;
        }
        Map<String, UnifiedValueType> types = mapping.object().fields();
        produced.forEach((key, value) -> {
            UnifiedValueType type = types.get(String.valueOf(key));
            if (type != null) {
                fit.check(String.valueOf(key), type, value).ifPresent(reason -> problems.add(program.position(),
                        "response_mapping: " + reason));
            }
        });
    }

    private void queryMapping(JsonataProgram program, ProbeRecord probe) {
        FilterProbe filters = new FilterProbe("1", FilterProbe.names());
        ConvertQueryToSql convert = new ConvertQueryToSql(null);
        Object result;
        try {
            result = program.evaluate(QueryProgram.bindings(filters), convert.binding());
        } catch (JsonataProgram.Failure | IllegalArgumentException e) {
            problems.add(program.position(), "query_mapping fails on sample filters: " + e.getMessage());
            return;
        }
        log.probing(program.position(), program);
        for (FieldFilter filter : convert.allFilters()) {
            FieldPath.of(filter.field()).read(probe);
        }
        if (result instanceof Map<?, ?> produced) {
            for (Object key : produced.keySet()) {
                String name = String.valueOf(key);
                if (name.equals(QueryProgram.WHERE) || name.equals(QueryProgram.SEARCH_TERM)) {
                    continue;
                }
                if (FieldPath.looksLikePath(name) && FieldPath.of(name).levels() <= FieldPath.MAX_LEVELS) {
                    FieldPath.of(name).read(probe);
                } else {
                    problems.add(program.position(), "query_mapping produces the key '" + name + "', which is"
                            + " neither where, search_term nor a provider field path");
                }
            }
        } else if (result != null) {
            problems.add(program.position(), "query_mapping must produce an object; it produces "
                    + JsonValues.kindOf(result));
        }
    }
}
