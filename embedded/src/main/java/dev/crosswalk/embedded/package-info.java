/**
 * Crosswalk for host applications that embed it without the bundled server: {@link dev.crosswalk.embedded.Crosswalk}
 * builds the stores, finds and starts the connectors with {@link java.util.ServiceLoader}, and returns core's use
 * cases; {@link dev.crosswalk.embedded.CrosswalkGuiceModule} binds them for Guice hosts.
 *
 * @since 0.1
 */
package dev.crosswalk.embedded;
