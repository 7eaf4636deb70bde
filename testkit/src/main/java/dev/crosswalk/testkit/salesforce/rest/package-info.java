/**
 * Internal to the Salesforce emulator: the router, fault injection and control API, and every endpoint (OAuth,
 * identity, versions, query, search, sObjects, describe, composite, collections, limits, Bulk 2.0) with the DML and
 * describe logic behind them. Public only for the emulator's own packages.
 */
package dev.crosswalk.testkit.salesforce.rest;
