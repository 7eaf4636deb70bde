/**
 * The persistence adapter: core's storage ports ({@code ConnectionStore}, {@code TokenStore}, {@code TenantStore},
 * {@code ConnectionLocks}, {@code MappingOverrideStore}) on jOOQ, with Flyway migrations as the only schema source.
 * Embedded H2 by default, PostgreSQL in production; on a pool of its own or on a host application's data source.
 *
 * <p>The public API is {@link dev.crosswalk.adapters.persistence.CrosswalkDatabase},
 * {@link dev.crosswalk.adapters.persistence.DatabaseSettings} and
 * {@link dev.crosswalk.adapters.persistence.TokenEncryptionKey}; everything else is package-private. Tokens are
 * encrypted with AES-256-GCM before they reach the database and never appear in logs or exception messages. The
 * generated jOOQ classes ({@code ...persistence.generated}) are public only because jOOQ generates them that way;
 * no method of ours takes or returns them.
 */
package dev.crosswalk.adapters.persistence;
