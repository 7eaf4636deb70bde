package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.ProviderRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to read from the provider for some unified fields, and how to map what comes back. Immutable and thread-safe;
 * made by {@link UnifiedMapping#plan} for one connection's schema and worth keeping while that schema holds.
 *
 * @since 0.1
 */
public final class ReadPlan {

    private final String providerObject;
    private final List<String> providerFields;
    private final ResponseProgram program;

    ReadPlan(String providerObject, List<String> providerFields, ResponseProgram program) {
        this.providerObject = providerObject;
        this.providerFields = List.copyOf(providerFields);
        this.program = program;
    }

    /**
     * @return the provider fields and relationship paths to select, for {@code RecordQuery.fields()}: the paths the
     *     wanted fields read that the schema has, and the fields matching the {@code custom_fields} pattern; when
     *     JSONata is involved, every field of the object plus the relationship paths its expressions read. Empty
     *     (every field) when the object could not be described and JSONata is involved. Never {@code null}
     */
    public List<String> providerFields() {
        return providerFields;
    }

    /** @return the provider object the plan reads; never {@code null} */
    public String providerObject() {
        return providerObject;
    }

    /**
     * @param record a record of the planned object, read with at least {@link #providerFields()}; never {@code null}
     * @return the unified record as a JSON-like map (text, numbers, booleans, lists, maps, {@code null}): the planned
     *     unified fields in the mapping's order, and {@code custom_fields} when planned; a new modifiable map whose
     *     nested values may be the record's own, not to be modified
     * @throws MappingEvaluationException when a JSONata expression fails on the record, naming the unified field
     */
    public Map<String, Object> map(ProviderRecord record) {
        Objects.requireNonNull(record, "record");
        return program.map(record.fields(), record.object(), record.id());
    }

    /** @return whether mapping a record evaluates no JSONata */
    public boolean compiled() {
        return program.compiled();
    }

    @Override
    public String toString() {
        return "ReadPlan[" + providerObject + " " + providerFields + (program.compiled() ? "" : ", JSONata") + "]";
    }
}
