package dev.crosswalk.core.port.out.host;

import dev.crosswalk.core.port.out.crm.CrmPorts;
import java.util.Optional;

/**
 * Finds the connector that serves a kind of connection (e.g. {@code salesforce}). The host implements it over the
 * plugins it loaded. Thread-safe.
 *
 * @since 0.1
 */
public interface CrmPortsProvider {

    /**
     * @param connectorKind the connector kind a connection names; never {@code null}
     * @return that connector's ports, or empty when no such connector is installed
     */
    Optional<CrmPorts> forKind(String connectorKind);
}
