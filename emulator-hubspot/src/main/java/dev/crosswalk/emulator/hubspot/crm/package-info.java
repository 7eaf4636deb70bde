/**
 * Internal to the HubSpot emulator: the CRM endpoints (objects, batch, search with its filters, properties and
 * schemas, v4 associations), their JSON rendering and writes, and the gate that authenticates and counts each CRM
 * call. Depends on {@code http}, {@code data} and {@code oauth}. Public only so that the API package can wire it.
 */
package dev.crosswalk.emulator.hubspot.crm;
