/**
 * CRM ports: what core needs from a connector. A connector implements {@link CrmPorts} once: a
 * {@link RecordPort} keyed by provider object name, a {@link SchemaPort}, a {@link QuotaPort}, and its mapping files
 * ({@link MappingDocument}) from which core builds the unified contacts, accounts and opportunities. Failures are
 * reported as {@link CrmFailure}, never as a provider-specific exception. Every implementation is thread-safe. A
 * connector sees these ports and core's toolkit, never a store.
 *
 * @since 0.1
 */
package dev.crosswalk.core.port.out.crm;
