package dev.crosswalk.core.toolkit.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled expression of a {@code response} mapping: a plain path, a constant, an object or list of expressions
 * (all direct accessors), or a JSONata expression. Immutable and thread-safe.
 */
sealed interface Expr permits Expr.Path, Expr.Constant, Expr.Fields, Expr.Items, Expr.Jsonata {

    /** @return the value for one record; JSON-like, {@code null} when empty */
    Object evaluate(RecordScope record);

    /** @return where the expression is written */
    Position position();

    /** @return whether the value is the same for every record */
    boolean constant();

    /** @return whether evaluating it evaluates JSONata */
    boolean usesJsonata();

    /** Adds the plain paths it reads. */
    void collectPaths(List<Path> into);

    /** A plain field path, read by direct look-ups. */
    record Path(FieldPath path, Position position) implements Expr {

        @Override
        public Object evaluate(RecordScope record) {
            return path.read(record.fields());
        }

        @Override
        public boolean constant() {
            return false;
        }

        @Override
        public boolean usesJsonata() {
            return false;
        }

        @Override
        public void collectPaths(List<Path> into) {
            into.add(this);
        }
    }

    /** A constant: a JSONata string literal, or a YAML number, boolean or null. */
    record Constant(Object value, Position position) implements Expr {

        @Override
        public Object evaluate(RecordScope record) {
            return value;
        }

        @Override
        public boolean constant() {
            return true;
        }

        @Override
        public boolean usesJsonata() {
            return false;
        }

        @Override
        public void collectPaths(List<Path> into) {
            // none
        }
    }

    /** An object of expressions, mapped key by key. */
    record Fields(List<String> names, List<Expr> values, Position position) implements Expr {

        public Fields {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }

        static Fields of(Map<String, Expr> entries, Position position) {
            return new Fields(new ArrayList<>(entries.keySet()), new ArrayList<>(entries.values()), position);
        }

        Map<String, Expr> entries() {
            Map<String, Expr> entries = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                entries.put(names.get(i), values.get(i));
            }
            return entries;
        }

        /** @return these fields with {@code over}'s laid on top: objects merged key by key, anything else replaced */
        Fields overlaid(Fields over) {
            Map<String, Expr> merged = entries();
            for (int i = 0; i < over.names.size(); i++) {
                String name = over.names.get(i);
                Expr overValue = over.values.get(i);
                merged.put(name, merged.get(name) instanceof Fields under && overValue instanceof Fields overFields
                        ? under.overlaid(overFields) : overValue);
            }
            return Fields.of(merged, position);
        }

        @Override
        public Object evaluate(RecordScope record) {
            Map<String, Object> value = new LinkedHashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                value.put(names.get(i), values.get(i).evaluate(record));
            }
            return value;
        }

        /** @return whether it has a non-constant value and all of them came out empty in {@code value} */
        boolean emptyIn(Map<?, ?> value) {
            boolean anyVariable = false;
            for (int i = 0; i < names.size(); i++) {
                if (!values.get(i).constant()) {
                    anyVariable = true;
                    if (!JsonValues.isEmpty(value.get(names.get(i)))) {
                        return false;
                    }
                }
            }
            return anyVariable;
        }

        @Override
        public boolean constant() {
            return values.stream().allMatch(Expr::constant);
        }

        @Override
        public boolean usesJsonata() {
            return values.stream().anyMatch(Expr::usesJsonata);
        }

        @Override
        public void collectPaths(List<Path> into) {
            values.forEach(value -> value.collectPaths(into));
        }
    }

    /** A list of expressions; an object item whose every non-constant value came out empty is left out. */
    record Items(List<Expr> items, Position position) implements Expr {

        public Items {
            items = List.copyOf(items);
        }

        @Override
        public Object evaluate(RecordScope record) {
            List<Object> value = new ArrayList<>(items.size());
            for (Expr item : items) {
                Object itemValue = item.evaluate(record);
                if (item instanceof Fields fields && itemValue instanceof Map<?, ?> map && fields.emptyIn(map)) {
                    continue;
                }
                value.add(itemValue);
            }
            return value;
        }

        @Override
        public boolean constant() {
            return items.stream().allMatch(Expr::constant);
        }

        @Override
        public boolean usesJsonata() {
            return items.stream().anyMatch(Expr::usesJsonata);
        }

        @Override
        public void collectPaths(List<Path> into) {
            items.forEach(item -> item.collectPaths(into));
        }
    }

    /**
     * A JSONata expression evaluated for one field, with the record as {@code response} and as the context.
     *
     * @param field the unified field it belongs to, for errors
     * @param label where in the mapping it is, e.g. {@code response.name}
     */
    record Jsonata(JsonataProgram program, String field, String label) implements Expr {

        @Override
        public Object evaluate(RecordScope record) {
            try {
                return program.evaluate(record.context(), Map.of());
            } catch (JsonataProgram.Failure e) {
                throw new MappingEvaluationException(field, label + " failed on " + record.name() + ": "
                        + e.getMessage(), e);
            }
        }

        @Override
        public Position position() {
            return program.position();
        }

        @Override
        public boolean constant() {
            return false;
        }

        @Override
        public boolean usesJsonata() {
            return true;
        }

        @Override
        public void collectPaths(List<Path> into) {
            // reads are found by the probe
        }
    }
}
