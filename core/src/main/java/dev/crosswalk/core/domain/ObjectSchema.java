package dev.crosswalk.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CRM object type and its fields, as discovered at run time. Field names are matched ignoring case, as Salesforce
 * and HubSpot do. Immutable and thread-safe; build with {@link #builder(String)}; the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class ObjectSchema {

    private final String name;
    private final String label;
    private final boolean custom;
    private final List<FieldSchema> fields;
    private final Map<String, FieldSchema> fieldsByLowerName;
    private final Map<String, FieldSchema> referencesByLowerRelationship;

    private ObjectSchema(Builder builder) {
        this.name = builder.name;
        this.label = builder.label == null ? builder.name : builder.label;
        this.custom = builder.custom;
        this.fields = List.copyOf(builder.fields);
        Map<String, FieldSchema> byName = new LinkedHashMap<>();
        Map<String, FieldSchema> byRelationship = new LinkedHashMap<>();
        for (FieldSchema field : fields) {
            byName.putIfAbsent(field.name().toLowerCase(Locale.ROOT), field);
            field.relationshipName().ifPresent(relationship ->
                    byRelationship.putIfAbsent(relationship.toLowerCase(Locale.ROOT), field));
        }
        this.fieldsByLowerName = Collections.unmodifiableMap(byName);
        this.referencesByLowerRelationship = Collections.unmodifiableMap(byRelationship);
    }

    /**
     * @param name the provider's API name, e.g. {@code Contact} or {@code Deal_Registration__c}; never {@code null}
     * @return a builder: labelled by its name, not custom, no fields
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the provider's API name; never {@code null} */
    public String name() {
        return name;
    }

    /** @return the human label; never {@code null} */
    public String label() {
        return label;
    }

    /** @return whether the customer added it */
    public boolean custom() {
        return custom;
    }

    /** @return its fields in the provider's order; never {@code null} */
    public List<FieldSchema> fields() {
        return fields;
    }

    /**
     * @param fieldName a field name in any letter case
     * @return the field, if the object has it
     */
    public Optional<FieldSchema> field(String fieldName) {
        return Optional.ofNullable(fieldsByLowerName.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    /**
     * @param relationshipName a relationship name in any letter case (Salesforce: {@code Account}, {@code Account__r})
     * @return the reference field it belongs to, if any
     */
    public Optional<FieldSchema> relationship(String relationshipName) {
        return Optional.ofNullable(referencesByLowerRelationship.get(relationshipName.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return "ObjectSchema[" + name + ", " + fields.size() + " fields]";
    }

    /** Builds an {@link ObjectSchema}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String label;
        private boolean custom;
        private final List<FieldSchema> fields = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** @param text the human label, or {@code null} to use the name */
        public Builder label(String text) {
            this.label = text;
            return this;
        }

        /** @param isCustom whether the customer added the object */
        public Builder custom(boolean isCustom) {
            this.custom = isCustom;
            return this;
        }

        /** @param field a further field; never {@code null} */
        public Builder field(FieldSchema field) {
            fields.add(Objects.requireNonNull(field, "field"));
            return this;
        }

        /** @return the immutable schema */
        public ObjectSchema build() {
            return new ObjectSchema(this);
        }
    }
}
