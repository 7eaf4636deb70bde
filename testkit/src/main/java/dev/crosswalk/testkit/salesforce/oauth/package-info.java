/**
 * Internal to the Salesforce emulator: the platform (its orgs and clock), sessions, refresh grants, authorization
 * codes, JWT assertions, ID tokens and token responses. The endpoints are in {@code rest}. Public only for the
 * emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.oauth;
