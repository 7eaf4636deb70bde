package dev.crosswalk.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * One field of a CRM object, as discovered at run time (Salesforce Describe).
 *
 * @param name the provider's API name, e.g. {@code LTV_Score__c}; never {@code null}
 * @param label the human label; never {@code null}
 * @param type the field type; never {@code null}
 * @param custom whether the customer added it
 * @param nillable whether it may be empty
 * @param createable whether a create may set it
 * @param updateable whether an update may set it
 * @param picklistValues the allowed values of a picklist, else empty; never {@code null}
 */
public record FieldSchema(
        String name,
        String label,
        FieldType type,
        boolean custom,
        boolean nillable,
        boolean createable,
        boolean updateable,
        List<String> picklistValues) {

    public FieldSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        picklistValues = List.copyOf(picklistValues);
    }
}
