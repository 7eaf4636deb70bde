package dev.crosswalk.core.toolkit.mapping;

import dev.crosswalk.core.domain.ObjectSchema;
import java.util.Optional;

/**
 * How the mapping engine finds a provider object's schema: the object a mapping reads, and the objects its
 * relationship paths reach ({@code Account.Name} describes {@code Account}). Implementations are typically a
 * connection's cached describe results; they must be safe to call from the calling thread and may be called several
 * times for one object.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SchemaLookup {

    /**
     * @param objectName a provider object's name, as a schema's {@code referenceTo} writes it; never {@code null}
     * @return its schema, or empty when the connection has no such object or it cannot be described
     */
    Optional<ObjectSchema> describe(String objectName);
}
