/**
 * Connector configuration as a spec: each key's type, default or required, sensitivity and documentation. The host
 * validates all keys at once, reports every problem in one error, masks sensitive values everywhere, and renders the
 * documentation table from the spec.
 *
 * @since 0.1
 */
package dev.crosswalk.spi.config;
