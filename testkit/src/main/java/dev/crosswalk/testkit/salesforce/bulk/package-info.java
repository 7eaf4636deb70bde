/**
 * Internal to the Salesforce emulator: Bulk API 2.0 jobs (query and ingest), their states and CSV. The endpoints that
 * serve them stay in the emulator's root package. Public only for the emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.bulk;
