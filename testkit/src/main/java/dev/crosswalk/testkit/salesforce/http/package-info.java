/**
 * Internal to the Salesforce emulator: the platform's REST error types and its JSON and timestamp formats. Public only
 * so that the emulator's other packages can use them; nothing outside the emulator may (see
 * {@code SalesforceEmulatorArchitectureTest}).
 */
package dev.crosswalk.testkit.salesforce.http;
