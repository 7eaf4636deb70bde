package dev.crosswalk.core.application;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A tenant's usable connection and the connector serving it, for the length of one request: every connector call
 * made through it has its failures translated into use-case terms.
 */
final class ConnectedCrm {

    private final Connection connection;
    private final CrmPorts ports;
    private final ConnectionResolver resolver;

    ConnectedCrm(Connection connection, CrmPorts ports, ConnectionResolver resolver) {
        this.connection = connection;
        this.ports = ports;
        this.resolver = resolver;
    }

    Connection connection() {
        return connection;
    }

    CrmPorts ports() {
        return ports;
    }

    /** Runs the call, then writes a quota alert if the CRM's reported usage crossed the threshold. */
    <T> T call(Supplier<T> connectorCall) {
        try {
            return resolver.call(connection, connectorCall);
        } finally {
            resolver.afterCall(connection, ports);
        }
    }

    /** @return the object's schema, if the account has it */
    Optional<ObjectSchema> describeIfPresent(String object) {
        return call(() -> ports.schema().describe(connection, object));
    }

    /** @return the object's schema; an object the account lacks is {@link UseCaseException.ObjectNotFound} */
    ObjectSchema describe(String object) {
        return describeIfPresent(object).orElseThrow(() -> new UseCaseException.ObjectNotFound(
                "the CRM account behind connection '" + connection.id() + "' has no object '" + object
                        + "'; GET /unified/crm/schema lists its objects"));
    }
}
