package dev.crosswalk.embedded;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.port.out.host.ConnectionEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default way of telling operators about connection health: a WARN line naming tenant and connection, for their
 * alerting to pick up. A host plugs in its own (e-mail, webhook, in-app banner) with
 * {@link Crosswalk.Builder#events}.
 */
final class LoggedConnectionEvents implements ConnectionEvents {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedConnectionEvents.class);

    @Override
    public void needsReauthorization(Connection connection, String reason) {
        LOG.warn("connection '{}' of tenant '{}' ({}) needs to be authorised again by the customer: {}",
                connection.id(), connection.tenant(), connection.connectorKind(), reason);
    }
}
