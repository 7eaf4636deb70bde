package dev.crosswalk.core.toolkit.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maps a provider record (field name to value, as decoded from the wire) onto unified field names. A mapping is data:
 * unified name to provider field name, plus a rule naming which provider fields are custom and belong in
 * {@code custom_fields}. Per-tenant overrides produce a new mapping with {@link #withOverrides(Map)}.
 * Immutable and thread-safe; the {@link Builder} is not.
 */
public final class FieldMapping {

    private final Map<String, String> providerFieldByUnifiedField;
    private final Predicate<String> isCustomField;

    private FieldMapping(Map<String, String> providerFieldByUnifiedField, Predicate<String> isCustomField) {
        this.providerFieldByUnifiedField = Collections.unmodifiableMap(new LinkedHashMap<>(providerFieldByUnifiedField));
        this.isCustomField = isCustomField;
    }

    /** @return an empty builder whose custom-field rule matches nothing */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param customFieldNames the custom fields of the object, as discovered at run time (e.g. Describe)
     * @return the provider fields to request: mapped fields first, then the custom fields the rule accepts, no
     *     duplicates, in a stable order
     */
    public List<String> providerFieldsToRead(List<String> customFieldNames) {
        Set<String> fields = new LinkedHashSet<>(providerFieldByUnifiedField.values());
        customFieldNames.stream().filter(isCustomField).forEach(fields::add);
        return List.copyOf(fields);
    }

    /**
     * @param providerRecord one record from the provider; {@code null} values allowed
     * @return the record seen through this mapping
     */
    public MappedRecord apply(Map<String, Object> providerRecord) {
        Map<String, Object> unified = new LinkedHashMap<>();
        providerFieldByUnifiedField.forEach((unifiedField, providerField) ->
                unified.put(unifiedField, providerRecord.get(providerField)));
        Map<String, Object> custom = new LinkedHashMap<>();
        providerRecord.forEach((field, value) -> {
            if (isCustomField.test(field) && !providerFieldByUnifiedField.containsValue(field)) {
                custom.put(field, value);
            }
        });
        return new MappedRecord(unified, custom);
    }

    /**
     * @param overrides unified field name to the provider field a tenant wants instead; unknown unified names are
     *     added
     * @return a new mapping with the overrides applied
     */
    public FieldMapping withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(providerFieldByUnifiedField);
        merged.putAll(overrides);
        return new FieldMapping(merged, isCustomField);
    }

    /** Builds a {@link FieldMapping}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private Predicate<String> isCustomField = field -> false;

        private Builder() {
        }

        /**
         * @param unifiedField the unified name, e.g. {@code first_name}
         * @param providerField the provider's name, e.g. {@code FirstName}
         */
        public Builder map(String unifiedField, String providerField) {
            fields.put(Objects.requireNonNull(unifiedField, "unifiedField"),
                    Objects.requireNonNull(providerField, "providerField"));
            return this;
        }

        /** @param rule which provider field names are custom fields (e.g. ending in {@code __c}) */
        public Builder customFields(Predicate<String> rule) {
            this.isCustomField = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /** @return the immutable mapping */
        public FieldMapping build() {
            return new FieldMapping(fields, isCustomField);
        }
    }

    /**
     * One provider record seen through a mapping.
     *
     * @param unified value per unified field name, {@code null} where the provider had none
     * @param custom value per custom provider field name
     */
    public record MappedRecord(Map<String, Object> unified, Map<String, Object> custom) {

        public MappedRecord {
            unified = Collections.unmodifiableMap(new LinkedHashMap<>(unified));
            custom = Collections.unmodifiableMap(new LinkedHashMap<>(custom));
        }

        /**
         * @param unifiedField a mapped unified field
         * @return its value as text, or {@code null} when empty
         */
        public String text(String unifiedField) {
            Object value = unified.get(unifiedField);
            return value == null ? null : value.toString();
        }
    }
}
