/**
 * Internal to the Salesforce emulator: the wire level below the endpoints: a call and an in-process exchange,
 * multipart bodies, API versions, the REST and OAuth error types, and the JSON and timestamp formats. Public only
 * so that the emulator's other packages can use them (see {@code SalesforceEmulatorArchitectureTest}).
 */
package dev.crosswalk.testkit.salesforce.http;
