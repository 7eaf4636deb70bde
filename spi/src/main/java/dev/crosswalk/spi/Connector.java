package dev.crosswalk.spi;

import dev.crosswalk.core.port.out.crm.CrmPorts;

/**
 * A created connector: its record port, schema and quota ports, and the mapping files from which core builds the
 * unified objects (see {@link CrmPorts}). One instance serves all connections of its kind, so it and its ports must be
 * thread-safe; per-connection state belongs in core's stores, reached through the arguments of each port call.
 *
 * @since 0.1
 */
public interface Connector extends CrmPorts, AutoCloseable {

    /** Releases the connector's resources (HTTP clients, threads). Called once, after the last port call. */
    @Override
    void close();
}
