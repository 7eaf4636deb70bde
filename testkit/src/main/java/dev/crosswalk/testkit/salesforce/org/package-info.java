/**
 * Internal to the Salesforce emulator: an org (its settings, user, Connected App, API usage and tables). Public only
 * for the emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.org;
