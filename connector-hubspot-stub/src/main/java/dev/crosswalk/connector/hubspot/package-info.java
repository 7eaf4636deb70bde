/**
 * A stub HubSpot connector that proves the SPI with a second plugin: it serves canned HubSpot-shaped contacts,
 * companies and deals (CRM v3 property names, values as text, numeric ids, {@code after} paging, archived records)
 * through the record port, without any network, and ships mapping files that make them unified contacts, accounts
 * and opportunities. Only {@link HubSpotStubPlugin} and {@link HubSpotStubConnectorFactory} are public.
 */
package dev.crosswalk.connector.hubspot;
