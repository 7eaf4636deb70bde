/**
 * The HubSpot connector (kind {@code hubspot}): contacts, companies, deals and any other object of HubSpot's CRM v3
 * API through the record port (list with {@code after} paging, the search API for filters, the primary company
 * association), schema from the properties API, OAuth 2.0 authorisation-code and private-app tokens through core's
 * token machinery, quota from the {@code X-HubSpot-RateLimit-*} headers, and mapping files for the unified contacts,
 * accounts and opportunities. Only {@link HubSpotPlugin} and {@link HubSpotConnectorFactory} are public.
 */
package dev.crosswalk.connector.hubspot;
