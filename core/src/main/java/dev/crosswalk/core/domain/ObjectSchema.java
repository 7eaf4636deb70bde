package dev.crosswalk.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * A CRM object type and its fields, as discovered at run time.
 *
 * @param name the provider's API name, e.g. {@code Contact} or {@code Deal_Registration__c}; never {@code null}
 * @param label the human label; never {@code null}
 * @param custom whether the customer added it
 * @param fields its fields; never {@code null}
 */
public record ObjectSchema(String name, String label, boolean custom, List<FieldSchema> fields) {

    public ObjectSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        fields = List.copyOf(fields);
    }
}
