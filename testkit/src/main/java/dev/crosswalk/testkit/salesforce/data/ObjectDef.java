package dev.crosswalk.testkit.salesforce.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The metadata of one sObject type: its key prefix, labels and fields. Immutable once built. */
public final class ObjectDef {

    private final String name;
    private final String keyPrefix;
    private final String label;
    private final String labelPlural;
    private final boolean custom;
    private final List<FieldDef> fields;
    private final Map<String, FieldDef> fieldsByLowerName;
    private final Map<String, FieldDef> lookupsByLowerRelationship;

    private ObjectDef(Builder builder) {
        this.name = builder.name;
        this.keyPrefix = builder.keyPrefix;
        this.label = builder.label;
        this.labelPlural = builder.labelPlural;
        this.custom = name.endsWith("__c");
        this.fields = List.copyOf(builder.fields);
        Map<String, FieldDef> byName = new TreeMap<>();
        Map<String, FieldDef> byRelationship = new TreeMap<>();
        for (FieldDef field : fields) {
            byName.put(field.name().toLowerCase(Locale.ROOT), field);
            if (field.relationshipName() != null) {
                byRelationship.put(field.relationshipName().toLowerCase(Locale.ROOT), field);
            }
        }
        this.fieldsByLowerName = Collections.unmodifiableMap(byName);
        this.lookupsByLowerRelationship = Collections.unmodifiableMap(byRelationship);
    }

    static Builder builder(String name, String keyPrefix, String label, String labelPlural) {
        return new Builder(name, keyPrefix, label, labelPlural);
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String label() {
        return label;
    }

    public String labelPlural() {
        return labelPlural;
    }

    public boolean custom() {
        return custom;
    }

    public List<FieldDef> fields() {
        return fields;
    }

    /** Case-insensitive field lookup, as SOQL and the REST API resolve names. */
    public Optional<FieldDef> field(String fieldName) {
        return Optional.ofNullable(fieldsByLowerName.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    public FieldDef requiredField(String fieldName) {
        return field(fieldName).orElseThrow(() -> new IllegalStateException(name + " has no field " + fieldName));
    }

    /** The lookup field behind a parent relationship name ({@code Account} on Contact → {@code AccountId}). */
    public Optional<FieldDef> lookupByRelationship(String relationshipName) {
        return Optional.ofNullable(lookupsByLowerRelationship.get(relationshipName.toLowerCase(Locale.ROOT)));
    }

    public int fieldCount() {
        return fields.size();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Collects fields in declaration order; not thread-safe. */
    static final class Builder {
        private final String name;
        private final String keyPrefix;
        private final String label;
        private final String labelPlural;
        private final List<FieldDef> fields = new ArrayList<>();

        private Builder(String name, String keyPrefix, String label, String labelPlural) {
            this.name = name;
            this.keyPrefix = keyPrefix;
            this.label = label;
            this.labelPlural = labelPlural;
        }

        Builder id() {
            return add("Id", "Record ID", FieldType.ID, 18, false, false, false, false, List.of(), List.of(), null);
        }

        Builder systemFields() {
            add("IsDeleted", "Deleted", FieldType.BOOLEAN, 0, false, false, false, false, List.of(), List.of(), null);
            add("OwnerId", "Owner ID", FieldType.REFERENCE, 18, false, true, true, false, List.of(), List.of("User"), "Owner");
            add("CreatedDate", "Created Date", FieldType.DATETIME, 0, false, false, false, false, List.of(), List.of(), null);
            add("CreatedById", "Created By ID", FieldType.REFERENCE, 18, false, false, false, false, List.of(), List.of("User"), "CreatedBy");
            add("LastModifiedDate", "Last Modified Date", FieldType.DATETIME, 0, false, false, false, false, List.of(), List.of(), null);
            add("LastModifiedById", "Last Modified By ID", FieldType.REFERENCE, 18, false, false, false, false, List.of(), List.of("User"), "LastModifiedBy");
            return add("SystemModstamp", "System Modstamp", FieldType.DATETIME, 0, false, false, false, false, List.of(), List.of(), null);
        }

        Builder text(String fieldName, String fieldLabel, FieldType type, int length) {
            return add(fieldName, fieldLabel, type, length, true, true, true, false, List.of(), List.of(), null);
        }

        Builder requiredText(String fieldName, String fieldLabel, int length) {
            return add(fieldName, fieldLabel, FieldType.STRING, length, false, true, true, false, List.of(), List.of(), null);
        }

        Builder nameField(String fieldName, String fieldLabel, int length, boolean writable) {
            fields.add(new FieldDef(fields.size(), fieldName, fieldLabel, FieldType.STRING, length, !writable, writable, writable,
                    false, false, true, List.of(), List.of(), null, 0, 0));
            return this;
        }

        Builder externalId(String fieldName, String fieldLabel, int length) {
            return add(fieldName, fieldLabel, FieldType.STRING, length, true, true, true, true, List.of(), List.of(), null);
        }

        Builder picklist(String fieldName, String fieldLabel, List<String> values) {
            return add(fieldName, fieldLabel, FieldType.PICKLIST, 255, true, true, true, false, values, List.of(), null);
        }

        Builder requiredPicklist(String fieldName, String fieldLabel, List<String> values) {
            return add(fieldName, fieldLabel, FieldType.PICKLIST, 255, false, true, true, false, values, List.of(), null);
        }

        Builder multiPicklist(String fieldName, String fieldLabel, List<String> values) {
            return add(fieldName, fieldLabel, FieldType.MULTIPICKLIST, 4099, true, true, true, false, values, List.of(), null);
        }

        Builder number(String fieldName, String fieldLabel, FieldType type, int precision, int scale) {
            fields.add(new FieldDef(fields.size(), fieldName, fieldLabel, type, 0, true, true, true,
                    fieldName.endsWith("__c"), false, false, List.of(), List.of(), null, precision, scale));
            return this;
        }

        Builder value(String fieldName, String fieldLabel, FieldType type) {
            return add(fieldName, fieldLabel, type, 0, type != FieldType.BOOLEAN, true, true, false, List.of(), List.of(), null);
        }

        Builder requiredValue(String fieldName, String fieldLabel, FieldType type) {
            return add(fieldName, fieldLabel, type, 0, false, true, true, false, List.of(), List.of(), null);
        }

        Builder lookup(String fieldName, String fieldLabel, String target, String relationshipName, boolean required) {
            return add(fieldName, fieldLabel, FieldType.REFERENCE, 18, !required, true, true, false, List.of(), List.of(target), relationshipName);
        }

        private Builder add(String fieldName, String fieldLabel, FieldType type, int length, boolean nillable, boolean createable,
                boolean updateable, boolean externalId, List<String> picklist, List<String> referenceTo, String relationshipName) {
            fields.add(new FieldDef(fields.size(), fieldName, fieldLabel, type, length, nillable, createable, updateable,
                    fieldName.endsWith("__c"), externalId, false, picklist, referenceTo, relationshipName, 0, 0));
            return this;
        }

        ObjectDef build() {
            return new ObjectDef(this);
        }
    }
}
