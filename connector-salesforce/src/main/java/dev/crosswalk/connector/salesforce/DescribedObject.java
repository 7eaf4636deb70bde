package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.ObjectSchema;
import java.util.List;

/**
 * One object's Describe as the connector keeps it: the schema core sees, and the fields a query reads when the caller
 * names none (every field a multi-row query may select: not base64 ones). Immutable.
 */
record DescribedObject(ObjectSchema schema, List<String> defaultFields) {

    DescribedObject {
        defaultFields = List.copyOf(defaultFields);
    }

    String name() {
        return schema.name();
    }
}
