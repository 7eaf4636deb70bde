/**
 * JUnit 5 extensions around the emulators: {@link dev.crosswalk.testkit.junit.SalesforceEmulatorExtension} and
 * {@link dev.crosswalk.testkit.junit.HubSpotEmulatorExtension}. The emulators themselves carry no test framework.
 */
package dev.crosswalk.testkit.junit;
