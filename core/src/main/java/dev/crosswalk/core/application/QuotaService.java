package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import java.util.Optional;

/**
 * Tells a connection's last reported API usage. Works for a connection that needs re-authorisation too: its usage is
 * still worth knowing.
 */
final class QuotaService implements ReadQuotaUseCase {

    private final ConnectionResolver resolver;

    QuotaService(ConnectionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Optional<QuotaUsage> quota(ConnectionRef connection) {
        var found = resolver.existingConnection(connection);
        return resolver.ports(found).quota().lastKnownUsage(found);
    }
}
