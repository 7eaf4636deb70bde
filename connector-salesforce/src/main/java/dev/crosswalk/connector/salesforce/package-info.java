/**
 * The Salesforce connector. Only {@link SalesforcePlugin} (the ServiceLoader entry point) and
 * {@link SalesforceConnectorFactory} are public; the REST client, its DTOs, the SOQL and SOSL writers and the Describe
 * cache are package-private. Statements are built only from names Describe confirmed and literals escaped by SOQL's
 * rules ({@link SoqlLiterals}, {@link SoqlConditions}).
 */
package dev.crosswalk.connector.salesforce;
