/**
 * The Salesforce connector. Only {@link SalesforcePlugin} (the ServiceLoader entry point) and
 * {@link SalesforceConnectorFactory} are public; the REST client, its DTOs and the mappers are package-private.
 */
package dev.crosswalk.connector.salesforce;
