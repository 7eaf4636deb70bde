/**
 * Driven ports: what core needs from the outside world. The CRM ports ({@link ContactsPort}, {@link AccountsPort},
 * {@link OpportunitiesPort}, {@link SchemaPort}, {@link QuotaPort}) are implemented by connectors; the storage
 * ports ({@link ConnectionStore}, {@link TokenStore}, {@link TenantStore}, {@link ConnectionLocks}) by persistence
 * adapters. Every implementation must be thread-safe: the host calls them from many request threads at once.
 * Failures from a CRM are reported as {@link CrmFailure}, never as a provider-specific exception.
 */
package dev.crosswalk.core.port.out;
