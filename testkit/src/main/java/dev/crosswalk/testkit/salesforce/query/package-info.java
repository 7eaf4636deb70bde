/**
 * Internal to the Salesforce emulator: query execution (binding SOQL to an org's schema, filters, projections,
 * aggregates, ordering, cursors) and record JSON. Public only for the emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.query;
