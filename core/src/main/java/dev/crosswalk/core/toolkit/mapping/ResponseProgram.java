package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.UnifiedObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The response side of a layered mapping: steps applied in order to build the unified map (per-field expressions,
 * then each layer's {@code response_mapping} merged over the result key by key), then the provider's custom fields.
 * An override's per-field entry replaces the field wherever an earlier layer set it (objects are merged key by key).
 * Immutable and thread-safe.
 */
final class ResponseProgram {

    private static final int MAX_REMEMBERED_NAMES = 10_000;

    /** One step of the program. */
    sealed interface Step permits FieldsStep, MappingStep {
    }

    /** Per-field expressions. */
    record FieldsStep(Expr.Fields fields) implements Step {
    }

    /** A whole {@code response_mapping}, merged over the result so far. */
    record MappingStep(JsonataProgram program) implements Step {
    }

    private final List<Step> steps;
    private final Pattern customFields;
    private final Set<String> claimed;
    private final Set<String> wanted;
    private final Map<String, Boolean> customNames;

    private ResponseProgram(List<Step> steps, Pattern customFields, Set<String> claimed, Set<String> wanted,
            Map<String, Boolean> customNames) {
        this.steps = List.copyOf(steps);
        this.customFields = customFields;
        this.claimed = claimed;
        this.wanted = wanted;
        this.customNames = customNames;
    }

    /** @return the program of {@code layers}, applied first to last */
    static ResponseProgram of(List<MappingLayer> layers) {
        List<Object> stepParts = new ArrayList<>();
        Pattern customFields = null;
        for (MappingLayer layer : layers) {
            if (!layer.response().isEmpty()) {
                layFields(stepParts, layer.response());
            }
            if (layer.responseMapping() != null) {
                stepParts.add(new MappingStep(layer.responseMapping()));
            }
            if (layer.customFields() != null) {
                customFields = layer.customFields();
            }
        }
        List<Step> steps = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (Object part : stepParts) {
            if (part instanceof MappingStep mapping) {
                steps.add(mapping);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Expr> fields = (Map<String, Expr>) part;
                if (!fields.isEmpty()) {
                    Expr.Fields step = Expr.Fields.of(fields, fields.values().iterator().next().position());
                    List<Expr.Path> paths = new ArrayList<>();
                    step.collectPaths(paths);
                    paths.forEach(path -> claimed.add(path.path().head()));
                    steps.add(new FieldsStep(step));
                }
            }
        }
        return new ResponseProgram(steps, customFields, Set.copyOf(claimed), null, new ConcurrentHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static void layFields(List<Object> stepParts, Map<String, Expr> over) {
        int last = stepParts.size() - 1;
        Map<String, Expr> tail = last >= 0 && stepParts.get(last) instanceof Map<?, ?> map ? (Map<String, Expr>) map
                : null;
        Map<String, Expr> added = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> entry : over.entrySet()) {
            String name = entry.getKey();
            Expr under = null;
            for (Object part : stepParts) {
                if (part instanceof Map<?, ?> fields && fields.containsKey(name)) {
                    under = (Expr) (fields == tail ? fields.get(name) : fields.remove(name));
                }
            }
            Expr merged = under instanceof Expr.Fields underFields && entry.getValue() instanceof Expr.Fields overFields
                    ? underFields.overlaid(overFields) : entry.getValue();
            if (tail != null && tail.containsKey(name)) {
                tail.put(name, merged);
            } else {
                added.put(name, merged);
            }
        }
        if (tail != null) {
            tail.putAll(added);
        } else {
            stepParts.add(added);
        }
    }

    /**
     * @param fields the unified fields wanted; never {@code null}
     * @return the program producing only those fields (plus {@code custom_fields} when wanted)
     */
    ResponseProgram select(Set<String> fields) {
        List<Step> selected = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof FieldsStep fieldsStep) {
                Map<String, Expr> kept = new LinkedHashMap<>();
                fieldsStep.fields().entries().forEach((name, expr) -> {
                    if (fields.contains(name)) {
                        kept.put(name, expr);
                    }
                });
                if (!kept.isEmpty()) {
                    selected.add(new FieldsStep(Expr.Fields.of(kept, fieldsStep.fields().position())));
                }
            } else {
                selected.add(step);
            }
        }
        return new ResponseProgram(selected, customFields, claimed, Set.copyOf(fields), customNames);
    }

    List<Step> steps() {
        return steps;
    }

    /** @return the {@code custom_fields} pattern of the last layer that set one, or {@code null} */
    Pattern customFields() {
        return customFields;
    }

    /** @return whether {@code custom_fields} is produced when the mapping does not produce it itself */
    boolean collectsCustomFields() {
        return customFields != null && (wanted == null || wanted.contains(UnifiedObject.CUSTOM_FIELDS))
                && !staticFields().contains(UnifiedObject.CUSTOM_FIELDS);
    }

    /** @return whether mapping a record evaluates no JSONata */
    boolean compiled() {
        return steps.stream().allMatch(step -> step instanceof FieldsStep fields && !fields.fields().usesJsonata());
    }

    /** @return whether a {@code response_mapping} is among the steps */
    boolean hasMappingSteps() {
        return steps.stream().anyMatch(MappingStep.class::isInstance);
    }

    /** @return the unified fields the per-field steps produce */
    Set<String> staticFields() {
        Set<String> names = new LinkedHashSet<>();
        for (Step step : steps) {
            if (step instanceof FieldsStep fields) {
                names.addAll(fields.fields().names());
            }
        }
        return names;
    }

    /** @return whether {@code name} is read by a plain path, so it does not land in {@code custom_fields} */
    boolean claims(String name) {
        return claimed.contains(name);
    }

    /**
     * @param record the record's fields
     * @param object the provider object, for messages
     * @param id the record's id, for messages; {@code null} for a sample record
     * @return the unified map
     * @throws MappingEvaluationException when an expression fails
     */
    Map<String, Object> map(Map<String, Object> record, String object, String id) {
        RecordScope scope = new RecordScope(record, object, id);
        Map<String, Object> unified = new LinkedHashMap<>(32);
        for (Step step : steps) {
            if (step instanceof FieldsStep fieldsStep) {
                Expr.Fields fields = fieldsStep.fields();
                List<String> names = fields.names();
                List<Expr> values = fields.values();
                for (int i = 0; i < names.size(); i++) {
                    unified.put(names.get(i), values.get(i).evaluate(scope));
                }
            } else {
                mergeMapping(((MappingStep) step).program(), scope, unified);
            }
        }
        if (customFields != null && (wanted == null || wanted.contains(UnifiedObject.CUSTOM_FIELDS))
                && !unified.containsKey(UnifiedObject.CUSTOM_FIELDS)) {
            unified.put(UnifiedObject.CUSTOM_FIELDS, customFieldsOf(record));
        }
        return unified;
    }

    private void mergeMapping(JsonataProgram program, RecordScope scope, Map<String, Object> unified) {
        Object result;
        try {
            result = program.evaluate(scope.context(), Map.of());
        } catch (JsonataProgram.Failure e) {
            throw new MappingEvaluationException("response_mapping", "response_mapping failed on " + scope.name()
                    + ": " + e.getMessage(), e);
        }
        if (result == null) {
            return;
        }
        if (!(result instanceof Map<?, ?> produced)) {
            throw new MappingEvaluationException("response_mapping", "response_mapping must produce an object; on "
                    + scope.name() + " it produced " + JsonValues.kindOf(result) + " (expression at "
                    + program.position() + ")");
        }
        produced.forEach((key, value) -> {
            String name = (String) key;
            if (!name.equals(UnifiedObject.REMOTE_WAS_DELETED) && (wanted == null || wanted.contains(name))) {
                unified.put(name, value);
            }
        });
    }

    private Map<String, Object> customFieldsOf(Map<String, Object> record) {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : record.entrySet()) {
            String name = field.getKey();
            if (!claimed.contains(name) && isCustom(name)) {
                custom.put(name, field.getValue());
            }
        }
        return Collections.unmodifiableMap(custom);
    }

    /** @return whether the provider field {@code name} matches the {@code custom_fields} pattern */
    boolean isCustom(String name) {
        if (customFields == null) {
            return false;
        }
        Boolean known = customNames.get(name);
        if (known != null) {
            return known;
        }
        boolean matches = RegexSafety.find(customFields, name, UnifiedObject.CUSTOM_FIELDS);
        if (customNames.size() < MAX_REMEMBERED_NAMES) {
            customNames.put(name, matches);
        }
        return matches;
    }
}
