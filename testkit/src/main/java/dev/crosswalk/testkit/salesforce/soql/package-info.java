/**
 * Internal to the Salesforce emulator: SOQL syntax (the parsed query, conditions, field references, date literals
 * and functions) and the platform's SOQL error messages. Binding and executing queries stay in the emulator's root
 * package. Public only for the emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.soql;
