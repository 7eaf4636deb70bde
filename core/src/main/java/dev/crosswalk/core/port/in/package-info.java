/**
 * Driving ports: the use cases a host (the bundled HTTP server, or an application embedding core) calls. Each use
 * case is thread-safe. Requests that cannot be served raise a {@link UseCaseException}, whose subtypes say why in
 * terms a client can act on, CRM failures included: a host needs nothing from the driven ports to handle them.
 *
 * @since 0.1
 */
package dev.crosswalk.core.port.in;
