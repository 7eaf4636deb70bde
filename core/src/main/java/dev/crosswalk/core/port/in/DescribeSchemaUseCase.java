package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ObjectSummary;
import java.util.List;

/**
 * Tells what objects and fields a tenant's CRM account has, as discovered at run time. Thread-safe.
 *
 * @since 0.1
 */
public interface DescribeSchemaUseCase {

    /**
     * @param connection the tenant's connection; never {@code null}
     * @return every object the account offers; never {@code null}
     * @throws UseCaseException for an unknown connection, one needing re-authorisation, or a CRM failure
     */
    List<ObjectSummary> objects(ConnectionRef connection);

    /**
     * @param connection the tenant's connection; never {@code null}
     * @param object the provider object's name in any letter case; never {@code null}
     * @return its fields and their types; never {@code null}
     * @throws UseCaseException.ObjectNotFound when the account has no such object
     * @throws UseCaseException for the other reasons {@link #objects} gives
     */
    ObjectSchema describe(ConnectionRef connection, String object);
}
