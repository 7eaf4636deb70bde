package dev.crosswalk.core.port.out;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ObjectSchema;
import java.util.Optional;

/**
 * Discovers a customer's CRM schema at run time: custom objects and fields are never hard-coded. Implementations
 * are thread-safe and may cache per connection.
 */
public interface SchemaPort {

    /**
     * @param connection the connection to describe through; never {@code null}
     * @param objectName the provider's object name, e.g. {@code Contact}; never {@code null}
     * @return the object's schema, or empty when the org has no such object
     * @throws CrmFailure when the provider call fails
     */
    Optional<ObjectSchema> describe(Connection connection, String objectName);
}
