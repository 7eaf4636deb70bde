/**
 * A Salesforce emulator: a local HTTP server speaking the platform's OAuth 2.0, REST, Composite and Bulk API 2.0 wire
 * formats over deterministic in-memory data, for tests (in JUnit 5 through testkit-junit's
 * {@code SalesforceEmulatorExtension}), demos and benchmarks, and standalone
 * ({@link dev.crosswalk.testkit.salesforce.EmulatorMain}).
 *
 * <p>The public API is {@link dev.crosswalk.testkit.salesforce.SalesforceEmulator} and its builder,
 * {@link dev.crosswalk.testkit.salesforce.EmulatorCredentials}, {@link dev.crosswalk.testkit.salesforce.Fault} (planned
 * in emulator-support's {@link dev.crosswalk.emulator.support.FaultPlan}, requests in its
 * {@link dev.crosswalk.emulator.support.RequestLog}), {@link dev.crosswalk.testkit.salesforce.ConsentBrowser} and
 * {@link dev.crosswalk.testkit.salesforce.RefreshTokenPolicy}; everything else is package-private here, or lives in the
 * internal sub-packages by concern ({@code http}, {@code oauth}, {@code rest}, {@code soql}, {@code data},
 * {@code seed}, {@code org}, {@code query}, {@code bulk}), which only the emulator itself uses. Among Crosswalk modules it depends on emulator-support only.
 */
package dev.crosswalk.testkit.salesforce;
