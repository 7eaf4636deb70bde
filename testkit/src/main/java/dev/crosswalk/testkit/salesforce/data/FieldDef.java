package dev.crosswalk.testkit.salesforce.data;

import java.util.List;

/**
 * One field of an sObject as describe reports it. {@code index} is the field's slot in a row's value array.
 *
 * @param referenceTo      target object names for lookups, empty otherwise
 * @param relationshipName name used in SOQL paths ({@code Account} for {@code AccountId}), or null
 */
public record FieldDef(
        int index,
        String name,
        String label,
        FieldType type,
        int length,
        boolean nillable,
        boolean createable,
        boolean updateable,
        boolean custom,
        boolean externalId,
        boolean nameField,
        List<String> picklistValues,
        List<String> referenceTo,
        String relationshipName,
        int precision,
        int scale) {

    public boolean isSystemManaged() {
        return !createable && !updateable;
    }
}
