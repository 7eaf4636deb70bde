package dev.crosswalk.spi;

import dev.crosswalk.core.port.out.CrmPorts;

/**
 * A created connector: the CRM ports it supports, each an {@link java.util.Optional} that is empty when the
 * connector lacks the capability (see {@link CrmPorts}). One instance serves all connections of its kind, so it and
 * its ports must be thread-safe; per-connection state belongs in core's stores, reached through the arguments of
 * each port call.
 */
public interface Connector extends CrmPorts, AutoCloseable {

    /** Releases the connector's resources (HTTP clients, threads). Called once, after the last port call. */
    @Override
    void close();
}
