package dev.crosswalk.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a CRM object, as discovered at run time (Salesforce Describe, HubSpot properties). Immutable and
 * thread-safe; build with {@link #builder(String, FieldType)}; the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class FieldSchema {

    private final String name;
    private final String label;
    private final FieldType type;
    private final boolean custom;
    private final boolean nillable;
    private final boolean createable;
    private final boolean updateable;
    private final boolean filterable;
    private final boolean sortable;
    private final List<String> picklistValues;
    private final String relationshipName;
    private final List<String> referenceTo;

    private FieldSchema(Builder builder) {
        this.name = builder.name;
        this.label = builder.label == null ? builder.name : builder.label;
        this.type = builder.type;
        this.custom = builder.custom;
        this.nillable = builder.nillable;
        this.createable = builder.createable;
        this.updateable = builder.updateable;
        this.filterable = builder.filterable;
        this.sortable = builder.sortable;
        this.picklistValues = List.copyOf(builder.picklistValues);
        this.relationshipName = builder.relationshipName;
        this.referenceTo = List.copyOf(builder.referenceTo);
    }

    /**
     * @param name the provider's API name, e.g. {@code LTV_Score__c}; never {@code null}
     * @param type the field type; never {@code null}
     * @return a builder: labelled by its name, not custom, nillable, filterable and sortable, not writable
     */
    public static Builder builder(String name, FieldType type) {
        return new Builder(name, type);
    }

    /** @return the provider's API name; never {@code null} */
    public String name() {
        return name;
    }

    /** @return the human label; never {@code null} */
    public String label() {
        return label;
    }

    /** @return the field type; never {@code null} */
    public FieldType type() {
        return type;
    }

    /** @return whether the customer added it */
    public boolean custom() {
        return custom;
    }

    /** @return whether it may be empty */
    public boolean nillable() {
        return nillable;
    }

    /** @return whether a create may set it */
    public boolean createable() {
        return createable;
    }

    /** @return whether an update may set it */
    public boolean updateable() {
        return updateable;
    }

    /** @return whether a query may filter on it */
    public boolean filterable() {
        return filterable;
    }

    /** @return whether a query may order by it */
    public boolean sortable() {
        return sortable;
    }

    /** @return the allowed values of a picklist, else empty; never {@code null} */
    public List<String> picklistValues() {
        return picklistValues;
    }

    /**
     * @return for a reference field, the name that reaches the related record in a path (Salesforce: {@code Account}
     *     for {@code AccountId}, {@code Account__r} for {@code Account__c}); empty otherwise
     */
    public Optional<String> relationshipName() {
        return Optional.ofNullable(relationshipName);
    }

    /** @return for a reference field, the objects it may point to; empty otherwise; never {@code null} */
    public List<String> referenceTo() {
        return referenceTo;
    }

    @Override
    public String toString() {
        return "FieldSchema[" + name + " " + type + (custom ? " custom" : "") + "]";
    }

    /** Builds a {@link FieldSchema}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final FieldType type;
        private String label;
        private boolean custom;
        private boolean nillable = true;
        private boolean createable;
        private boolean updateable;
        private boolean filterable = true;
        private boolean sortable = true;
        private final List<String> picklistValues = new ArrayList<>();
        private String relationshipName;
        private final List<String> referenceTo = new ArrayList<>();

        private Builder(String name, FieldType type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** @param text the human label, or {@code null} to use the name */
        public Builder label(String text) {
            this.label = text;
            return this;
        }

        /** @param isCustom whether the customer added the field */
        public Builder custom(boolean isCustom) {
            this.custom = isCustom;
            return this;
        }

        /** @param isNillable whether it may be empty */
        public Builder nillable(boolean isNillable) {
            this.nillable = isNillable;
            return this;
        }

        /** @param isCreateable whether a create may set it */
        public Builder createable(boolean isCreateable) {
            this.createable = isCreateable;
            return this;
        }

        /** @param isUpdateable whether an update may set it */
        public Builder updateable(boolean isUpdateable) {
            this.updateable = isUpdateable;
            return this;
        }

        /** @param isFilterable whether a query may filter on it */
        public Builder filterable(boolean isFilterable) {
            this.filterable = isFilterable;
            return this;
        }

        /** @param isSortable whether a query may order by it */
        public Builder sortable(boolean isSortable) {
            this.sortable = isSortable;
            return this;
        }

        /** @param values the allowed values of a picklist, replacing any set before; never {@code null} */
        public Builder picklistValues(List<String> values) {
            picklistValues.clear();
            picklistValues.addAll(values);
            return this;
        }

        /**
         * @param name the relationship name that reaches the related record, or {@code null}
         * @param objects the objects the reference may point to; never {@code null}
         */
        public Builder reference(String name, List<String> objects) {
            this.relationshipName = name;
            referenceTo.clear();
            referenceTo.addAll(objects);
            return this;
        }

        /** @return the immutable field schema */
        public FieldSchema build() {
            return new FieldSchema(this);
        }
    }
}
