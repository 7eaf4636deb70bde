/**
 * A stub HubSpot connector that proves the SPI with a second plugin: it serves a fixed set of HubSpot-shaped
 * contacts (CRM v3 property names, {@code after} paging) without any network. Only {@link HubSpotStubPlugin} and
 * {@link HubSpotStubConnectorFactory} are public.
 */
package dev.crosswalk.connector.hubspot;
