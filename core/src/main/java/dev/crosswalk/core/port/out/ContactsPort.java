package dev.crosswalk.core.port.out;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;

/**
 * Reads contacts from a CRM. Implementations are thread-safe; the host calls them once per API request.
 */
public interface ContactsPort {

    /**
     * Lists contacts, oldest-created first where the provider allows ordering.
     *
     * @param connection the connection to read through; never {@code null}
     * @param page which page; a token from a previous page of this same connection; never {@code null}
     * @return the page, empty items when there are no contacts; never {@code null}
     * @throws CrmFailure when the provider call fails; a page token the connector did not issue is
     *     {@link CrmFailure.InvalidPageToken}
     */
    Page<Contact> listContacts(Connection connection, PageRequest page);
}
