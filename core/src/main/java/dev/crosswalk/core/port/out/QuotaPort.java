package dev.crosswalk.core.port.out;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.QuotaUsage;
import java.util.Optional;

/** Reports how much of a connection's API allowance is spent. Implementations are thread-safe and cheap to call. */
public interface QuotaPort {

    /**
     * @param connection the connection; never {@code null}
     * @return the last usage the provider reported, or empty before any call was made
     */
    Optional<QuotaUsage> lastKnownUsage(Connection connection);
}
