/**
 * The connector conformance kit: abstract contract tests that every connector runs against its emulator, one small
 * subclass per capability, and the {@link dev.crosswalk.conformance.TestingConnectorContext} that wires a connector
 * as a host does over in-memory stores. A connector's test describes its emulator with a
 * {@link dev.crosswalk.conformance.ConnectorFixture}; the kit knows no provider.
 *
 * @since 0.1
 */
package dev.crosswalk.conformance;
