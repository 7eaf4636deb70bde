/**
 * Host ports: callbacks the host application implements for core (which connectors are installed, how a customer is
 * told that a connection needs them). Every implementation is thread-safe.
 *
 * @since 0.1
 */
package dev.crosswalk.core.port.out.host;
