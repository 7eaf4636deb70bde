package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import java.util.Optional;

/**
 * Reads records of any provider object, keyed by the object's name: standard objects and custom ones (a
 * {@code Deal_Registration__c}) alike, with no method per object. Implemented once per connector. Implementations
 * are thread-safe; the host calls them from many request threads at once, once per API request or page.
 *
 * <p>Core validates every query against {@link #capabilities()} and the object's schema before calling, so
 * {@link #list} sees only conditions the connector declared it supports, on fields the object has. Writes will
 * arrive as an additional, optional port.
 *
 * @since 0.1
 */
public interface RecordPort {

    /** @return what queries this connector can answer; the same value on every call; never {@code null} */
    ReadCapabilities capabilities();

    /**
     * Lists one page.
     *
     * @param connection the connection to read through; never {@code null}
     * @param query the object, conditions, order and page; a page token comes from a previous page of this same
     *     query; never {@code null}
     * @return the page, possibly empty, and possibly longer than the query's page size where the provider has a larger
     *     minimum page (Salesforce: 200); never {@code null}
     * @throws CrmFailure when the provider call fails; a page token the connector did not issue, or that expired, is
     *     {@link CrmFailure.InvalidPageToken}; an object the provider does not have is {@link CrmFailure.NotFound}
     */
    RecordPage list(Connection connection, RecordQuery query);

    /**
     * Reads one record.
     *
     * @param connection the connection to read through; never {@code null}
     * @param lookup the object, id and fields; never {@code null}
     * @return the record, or empty when the provider has none of that id (or it is deleted and deleted records were
     *     not asked for)
     * @throws CrmFailure when the provider call fails; an object the provider does not have is
     *     {@link CrmFailure.NotFound}
     */
    Optional<ProviderRecord> get(Connection connection, RecordLookup lookup);
}
