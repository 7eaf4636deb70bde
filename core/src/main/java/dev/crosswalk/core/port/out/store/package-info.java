/**
 * Store ports: what core needs from persistence (connections, tokens encrypted at rest, tenants and API key hashes,
 * per-connection locks, versioned mapping overrides). Implemented by persistence adapters; connectors never reach
 * them. Every implementation is thread-safe.
 *
 * @since 0.1
 */
package dev.crosswalk.core.port.out.store;
