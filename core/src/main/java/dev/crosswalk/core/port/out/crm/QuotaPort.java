package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.QuotaUsage;
import java.util.Optional;

/**
 * Reports how much of a connection's API allowance is spent, as the provider last said (Salesforce reports it on
 * every response). Implementations are thread-safe and cheap to call: they make no provider call.
 *
 * @since 0.1
 */
public interface QuotaPort {

    /**
     * @param connection the connection; never {@code null}
     * @return the last usage the provider reported, or empty before any call was made or when it reports none
     */
    Optional<QuotaUsage> lastKnownUsage(Connection connection);
}
