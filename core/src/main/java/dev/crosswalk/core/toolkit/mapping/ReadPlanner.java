package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which provider fields a {@link ResponseProgram} needs, by probing its expressions against the schema: the
 * fields its paths read that exist (a path the schema lacks is left out, its value comes back empty), the fields the
 * {@code custom_fields} pattern matches, and, when JSONata is involved, every field of the object plus the
 * relationship paths the expressions were seen to read. Stateless.
 */
final class ReadPlanner {

    private ReadPlanner() {
    }

    static ReadPlan plan(String providerObject, ResponseProgram program, SchemaLookup schemas) {
        ProbeLog log = new ProbeLog(schemas, null);
        Optional<ObjectSchema> schema = log.describe(providerObject);
        if (schema.isEmpty()) {
            return new ReadPlan(providerObject, program.compiled() ? pathsOf(program) : List.of(), program);
        }
        probe(program, ProbeRecord.of(schema.get(), log));
        Set<String> fields = new LinkedHashSet<>();
        if (program.compiled()) {
            fields.addAll(log.fieldsRead());
            if (program.collectsCustomFields()) {
                for (FieldSchema field : schema.get().fields()) {
                    if (program.isCustom(field.name()) && !program.claims(field.name())) {
                        fields.add(field.name());
                    }
                }
            }
        } else {
            schema.get().fields().forEach(field -> fields.add(field.name()));
            log.fieldsRead().stream().filter(path -> path.contains(".")).forEach(fields::add);
        }
        return new ReadPlan(providerObject, List.copyOf(fields), program);
    }

    private static void probe(ResponseProgram program, ProbeRecord probe) {
        RecordScope sample = new RecordScope(probe, "sample", null);
        for (ResponseProgram.Step step : program.steps()) {
            try {
                if (step instanceof ResponseProgram.FieldsStep fields) {
                    for (Expr value : fields.fields().values()) {
                        probeExpr(value, sample);
                    }
                } else {
                    ((ResponseProgram.MappingStep) step).program().evaluate(sample.context(), Map.of());
                }
            } catch (JsonataProgram.Failure | MappingEvaluationException e) {
                // an expression failing on the sample record: what it read until then still counts
            }
        }
    }

    private static void probeExpr(Expr expr, RecordScope sample) {
        try {
            expr.evaluate(sample);
        } catch (JsonataProgram.Failure | MappingEvaluationException e) {
            // as above
        }
    }

    private static List<String> pathsOf(ResponseProgram program) {
        List<Expr.Path> paths = new ArrayList<>();
        for (ResponseProgram.Step step : program.steps()) {
            if (step instanceof ResponseProgram.FieldsStep fields) {
                fields.fields().collectPaths(paths);
            }
        }
        Set<String> texts = new LinkedHashSet<>();
        paths.forEach(path -> texts.add(path.path().text()));
        return List.copyOf(texts);
    }
}
