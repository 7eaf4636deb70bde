package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ProviderRecord;

/**
 * Reads records of any provider object of a tenant's connection, standard or custom (a {@code Deal_Registration__c}),
 * as the provider sent them. Field names and filters are checked against the object's schema first. Thread-safe.
 *
 * @since 0.1
 */
public interface ReadProviderRecordsUseCase {

    /**
     * @param object the provider object's name, e.g. {@code Deal_Registration__c}; never {@code null}
     * @param request the connection, conditions and page; filters and fields name provider fields; never {@code null}
     * @return the page with an opaque cursor for the next one; never {@code null}
     * @throws UseCaseException.ObjectNotFound when the CRM account has no such object
     * @throws UseCaseException for an unknown connection or field, an unsupported condition, a bad cursor, a
     *     connection needing re-authorisation, or a CRM failure after core's retries
     */
    CursorPage<ProviderRecord> list(String object, ListRequest request);

    /**
     * @param object the provider object's name; never {@code null}
     * @param request the connection and record id; never {@code null}
     * @return the record; never {@code null}
     * @throws UseCaseException.RecordNotFound when the CRM has no such record
     * @throws UseCaseException for the other reasons {@link #list} gives
     */
    ProviderRecord get(String object, GetRequest request);
}
