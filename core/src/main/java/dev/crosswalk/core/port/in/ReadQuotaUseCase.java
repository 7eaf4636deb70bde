package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.QuotaUsage;
import java.util.Optional;

/**
 * Tells how much of a connection's CRM API allowance is spent, as the CRM last reported. Makes no CRM call.
 * Thread-safe.
 *
 * @since 0.1
 */
public interface ReadQuotaUseCase {

    /**
     * @param connection the tenant's connection; never {@code null}
     * @return the last reported usage, or empty before the CRM reported any
     * @throws UseCaseException for an unknown connection or a connector that is not installed
     */
    Optional<QuotaUsage> quota(ConnectionRef connection);
}
