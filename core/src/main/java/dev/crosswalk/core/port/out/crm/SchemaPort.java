package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import java.util.List;
import java.util.Optional;

/**
 * Discovers a customer's CRM schema at run time: custom objects and fields are never hard-coded. Implementations
 * are thread-safe and cache per connection; when many callers miss the cache at once, one provider call serves them
 * all.
 *
 * @since 0.1
 */
public interface SchemaPort {

    /**
     * @param connection the connection to describe through; never {@code null}
     * @return every object the connection's account offers, in the provider's order; never {@code null}
     * @throws CrmFailure when the provider call fails
     */
    List<ObjectSummary> objects(Connection connection);

    /**
     * @param connection the connection to describe through; never {@code null}
     * @param objectName the provider's object name in any letter case, e.g. {@code Contact}; never {@code null}
     * @return the object's schema, or empty when the account has no such object
     * @throws CrmFailure when the provider call fails
     */
    Optional<ObjectSchema> describe(Connection connection, String objectName);
}
