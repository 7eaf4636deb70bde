/**
 * Internal to the Salesforce emulator: the seeded generators of Accounts, Contacts, Opportunities, Leads and
 * {@code Deal_Registration__c} records. Public only for the emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.seed;
