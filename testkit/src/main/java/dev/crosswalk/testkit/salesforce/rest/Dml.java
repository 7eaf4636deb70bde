package dev.crosswalk.testkit.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.data.AuditFields;
import dev.crosswalk.testkit.salesforce.data.FieldDef;
import dev.crosswalk.testkit.salesforce.data.FieldType;
import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.DmlException;
import dev.crosswalk.testkit.salesforce.org.Org;
import dev.crosswalk.testkit.salesforce.org.OrgUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record writes for one org on behalf of one user, shared by REST, composite, collections and Bulk ingest. Keeps
 * audit fields and derived names current and validates as the platform does. Writes to one table are serialised.
 */
final class Dml {

    /** The outcome of an upsert: the record and whether it was created. */
    record Upserted(Row row, boolean created) {
    }

    private final Org org;
    private final OrgUser user;
    private final Clock clock;

    Dml(Org org, OrgUser user, Clock clock) {
        this.org = org;
        this.user = user;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** JSON fields of a record body (ignoring {@code attributes}), converted and checked for writability. */
    Map<FieldDef, Object> fromJson(ObjectDef type, JsonNode body, boolean insert) {
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        List<String> readOnly = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : body.properties()) {
            if (entry.getKey().equals("attributes") || (entry.getKey().equalsIgnoreCase("Id") && !insert)) {
                continue;
            }
            if (entry.getValue().isObject() && type.lookupByRelationship(entry.getKey()).isPresent()) {
                FieldDef lookup = type.lookupByRelationship(entry.getKey()).orElseThrow();
                Map.Entry<String, JsonNode> key = entry.getValue().properties().stream()
                        .filter(e -> !e.getKey().equals("attributes")).findFirst()
                        .orElseThrow(() -> new DmlException("INVALID_FIELD", "No external id given for " + entry.getKey(),
                                List.of(lookup.name())));
                values.put(lookup, referenceByExternalId(lookup, key.getKey(), key.getValue().asText()));
                continue;
            }
            FieldDef field = field(type, entry.getKey());
            if (insert ? !field.createable() : !field.updateable()) {
                readOnly.add(field.name());
                continue;
            }
            values.put(field, FieldValues.fromJson(field, entry.getValue()));
        }
        requireWritable(readOnly, insert);
        return values;
    }

    /** CSV cells by header name, converted; empty cells mean "leave unchanged", {@code #N/A} sets null. */
    Map<FieldDef, Object> fromCells(ObjectDef type, Map<String, String> cells, boolean insert) {
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        List<String> readOnly = new ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            if (cell.getKey().equalsIgnoreCase("Id") || cell.getValue().isEmpty()) {
                continue;
            }
            int dot = cell.getKey().indexOf('.');
            if (dot > 0) {
                String relationship = cell.getKey().substring(0, dot);
                FieldDef lookup = type.lookupByRelationship(relationship).orElseThrow(() -> new DmlException("INVALID_FIELD",
                        "No such column '" + cell.getKey() + "' on sobject of type " + type.name(), List.of()));
                values.put(lookup, referenceByExternalId(lookup, cell.getKey().substring(dot + 1), cell.getValue()));
                continue;
            }
            FieldDef field = field(type, cell.getKey());
            if (insert ? !field.createable() : !field.updateable()) {
                readOnly.add(field.name());
                continue;
            }
            values.put(field, cell.getValue().equals("#N/A") ? null : FieldValues.fromText(field, cell.getValue()));
        }
        requireWritable(readOnly, insert);
        return values;
    }

    /**
     * The id of the record a lookup should point at, found by one of the target's external ids
     * ({@code Account.External_Id__c} in a CSV header, {@code "Account":{"External_Id__c":"A-1"}} in JSON).
     */
    private String referenceByExternalId(FieldDef lookup, String keyField, String value) {
        ObjectDef target = org.schema().requiredObject(lookup.referenceTo().get(0));
        FieldDef key = target.field(keyField).filter(f -> f.externalId() || f.type() == FieldType.ID)
                .orElseThrow(() -> new DmlException("INVALID_FIELD", "Field name provided, " + keyField + " is not an External ID"
                        + " or indexed field for " + target.name(), List.of(lookup.name())));
        List<Row> matches = findByExternalId(target, key, value);
        if (matches.isEmpty()) {
            throw new DmlException("INVALID_FIELD", "Foreign key external ID: " + value + " not found for field " + key.name()
                    + " in entity " + target.name(), List.of());
        }
        if (matches.size() > 1) {
            throw new DmlException("INVALID_FIELD", "Foreign key external ID: " + value + " matches more than one " + target.name()
                    + " record on field " + key.name(), List.of());
        }
        return matches.get(0).id();
    }

    private static FieldDef field(ObjectDef type, String name) {
        return type.field(name).orElseThrow(() -> new DmlException("INVALID_FIELD",
                "No such column '" + name + "' on sobject of type " + type.name(), List.of()));
    }

    private static void requireWritable(List<String> readOnly, boolean insert) {
        if (!readOnly.isEmpty()) {
            throw new DmlException("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to " + (insert ? "create" : "update")
                    + "/update fields: " + String.join(", ", readOnly) + ". Please check the security settings of this field"
                    + " and verify that it is read/write for your profile or permission set.", readOnly);
        }
    }

    Row insert(ObjectDef type, Map<FieldDef, Object> values) {
        return insert(type, values, now());
    }

    /** Inserts with an explicit timestamp, so a whole bulk batch shares one {@code SystemModstamp}. */
    Row insert(ObjectDef type, Map<FieldDef, Object> values, Instant now) {
        ObjectTable table = writable(type);
        Object[] row = new Object[type.fieldCount()];
        values.forEach((field, value) -> row[field.index()] = value);
        requireFields(type, row);
        checkReferences(values);
        derive(type, row);
        if (AuditFields.appliesTo(type)) {
            AuditFields.of(type).stampCreated(row, user.id(), now);
        }
        synchronized (table) {
            return table.insert(row);
        }
    }

    Row update(ObjectDef type, String id, Map<FieldDef, Object> values) {
        return update(type, id, values, now());
    }

    Row update(ObjectDef type, String id, Map<FieldDef, Object> values, Instant now) {
        ObjectTable table = writable(type);
        checkReferences(values);
        synchronized (table) {
            Row current = live(table, id);
            Object[] row = current.values().clone();
            values.forEach((field, value) -> row[field.index()] = value);
            requireFields(type, row);
            derive(type, row);
            if (AuditFields.appliesTo(type)) {
                AuditFields.of(type).stampModified(row, user.id(), now);
            }
            table.replace(current.number(), row);
            return new Row(type, current.number(), row);
        }
    }

    void delete(ObjectDef type, String id) {
        delete(type, id, now());
    }

    void delete(ObjectDef type, String id, Instant now) {
        ObjectTable table = writable(type);
        synchronized (table) {
            Row current = live(table, id);
            Object[] row = current.values().clone();
            if (AuditFields.appliesTo(type)) {
                AuditFields audit = AuditFields.of(type);
                row[audit.isDeleted()] = Boolean.TRUE;
                audit.stampModified(row, user.id(), now);
            }
            table.markDeleted(current.number(), row, now);
        }
    }

    void hardDelete(ObjectDef type, String id) {
        ObjectTable table = writable(type);
        synchronized (table) {
            table.purge(live(table, id).number());
        }
    }

    /** Inserts, or updates the single live record whose external id equals {@code value}. */
    Upserted upsert(ObjectDef type, FieldDef externalId, String value, Map<FieldDef, Object> values, Instant now) {
        ObjectTable table = writable(type);
        synchronized (table) {
            List<Row> matches = findByExternalId(type, externalId, value);
            if (matches.size() > 1) {
                throw new MultipleMatchesException(matches);
            }
            Map<FieldDef, Object> withKey = new LinkedHashMap<>(values);
            withKey.put(externalId, FieldValues.fromText(externalId, value));
            if (matches.isEmpty()) {
                return new Upserted(insert(type, withKey, now), true);
            }
            return new Upserted(update(type, matches.get(0).id(), withKey, now), false);
        }
    }

    List<Row> findByExternalId(ObjectDef type, FieldDef field, String value) {
        Object wanted = FieldValues.fromText(field, value);
        if (wanted == null) {
            return List.of();
        }
        ObjectTable table = org.table(type);
        List<Row> matches = new ArrayList<>();
        for (long number : table.lookup(field, wanted)) {
            table.row(number).ifPresent(matches::add);
        }
        return matches;
    }

    /** The live row with this id, or {@code NOT_FOUND} / {@code ENTITY_IS_DELETED}. */
    static Row live(ObjectTable table, String id) {
        Row row = table.find(id).orElseThrow(() -> new DmlException("NOT_FOUND", "The requested resource does not exist", List.of()));
        if (table.isDeleted(row.number())) {
            throw new DmlException("ENTITY_IS_DELETED", "entity is deleted", List.of());
        }
        return row;
    }

    private ObjectTable writable(ObjectDef type) {
        if (type.name().equals("User")) {
            throw new DmlException("INSUFFICIENT_ACCESS", "insufficient access rights on object id", List.of());
        }
        return org.table(type);
    }

    private static void requireFields(ObjectDef type, Object[] row) {
        List<String> missing = new ArrayList<>();
        for (FieldDef field : type.fields()) {
            boolean required = !field.nillable() && field.createable() && field.type() != FieldType.BOOLEAN
                    && !field.name().equals("OwnerId");
            if (required && row[field.index()] == null) {
                missing.add(field.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new DmlException("REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing);
        }
    }

    private void checkReferences(Map<FieldDef, Object> values) {
        values.forEach((field, value) -> {
            if (field.type() == FieldType.REFERENCE && value != null) {
                boolean exists = org.schema().object(field.referenceTo().get(0)).map(org::table)
                        .flatMap(table -> table.find((String) value).filter(row -> !table.isDeleted(row.number())))
                        .isPresent();
                if (!exists) {
                    throw new DmlException("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of(field.name()));
                }
            }
        });
    }

    /** Keeps compound names ({@code Contact.Name} = first + last) current. */
    private static void derive(ObjectDef type, Object[] row) {
        var name = type.field("Name").filter(f -> !f.createable());
        var first = type.field("FirstName");
        var last = type.field("LastName");
        if (name.isPresent() && first.isPresent() && last.isPresent()) {
            Object firstValue = row[first.get().index()];
            Object lastValue = row[last.get().index()];
            row[name.get().index()] = ((firstValue == null ? "" : firstValue + " ") + (lastValue == null ? "" : lastValue)).trim();
        }
    }

    /** An external id value matched several records (HTTP 300 with their URLs). */
    static final class MultipleMatchesException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Row> matches;

        MultipleMatchesException(List<Row> matches) {
            super("multiple records match the external id", null, false, false);
            this.matches = matches;
        }

        List<Row> matches() {
            return matches;
        }
    }
}
