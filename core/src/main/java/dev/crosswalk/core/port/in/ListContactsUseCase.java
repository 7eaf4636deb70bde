package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.Contact;

/** Lists one connection's contacts, page by page. Thread-safe. */
public interface ListContactsUseCase {

    /**
     * @param query whose connection and which page; never {@code null}
     * @return the page with an opaque cursor for the next one; never {@code null}
     * @throws UseCaseException when the connection is unknown to the tenant, needs re-authorisation (also when the
     *     provider refuses its grant during this call, which marks the connection), its connector is missing, or the
     *     cursor is invalid; {@link UseCaseException.CrmCallFailed} when the CRM call fails after core's retries
     */
    CursorPage<Contact> listContacts(ListRecordsQuery query);
}
