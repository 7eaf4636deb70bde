package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;

/**
 * Reads the unified contacts, accounts and opportunities of a tenant's connection, whatever CRM it is: each is a view
 * over a provider object, produced by the connector's mapping file with the tenant's and the connection's overrides
 * layered on it. Thread-safe.
 *
 * @since 0.1
 */
public interface ReadUnifiedRecordsUseCase {

    /**
     * @param object which unified object; never {@code null}
     * @param request the connection, conditions and page; its filters are the unified filter names the object's
     *     mapping declares, its fields unified field names; never {@code null}
     * @return the page with an opaque cursor for the next one; items are of the object's class ({@link Contact},
     *     {@link Account}, {@link Opportunity}); never {@code null}
     * @throws UseCaseException when the request cannot be served: an unknown connection, filter or field, a cursor
     *     issued for another connection or query, a connection needing re-authorisation, a connector that lacks the
     *     object or a capability, a mapping that fails on a record, or a CRM failure after core's retries
     */
    CursorPage<UnifiedRecord> list(UnifiedObject object, ListRequest request);

    /**
     * @param object which unified object; never {@code null}
     * @param request the connection and record id; never {@code null}
     * @return the record, of the object's class; never {@code null}
     * @throws UseCaseException.RecordNotFound when the CRM has no such record
     * @throws UseCaseException for the other reasons {@link #list} gives
     */
    UnifiedRecord get(UnifiedObject object, GetRequest request);

    /** @return {@link #list} for contacts */
    @SuppressWarnings("unchecked")
    default CursorPage<Contact> listContacts(ListRequest request) {
        return (CursorPage<Contact>) (CursorPage<?>) list(UnifiedObject.CONTACT, request);
    }

    /** @return {@link #list} for accounts */
    @SuppressWarnings("unchecked")
    default CursorPage<Account> listAccounts(ListRequest request) {
        return (CursorPage<Account>) (CursorPage<?>) list(UnifiedObject.ACCOUNT, request);
    }

    /** @return {@link #list} for opportunities */
    @SuppressWarnings("unchecked")
    default CursorPage<Opportunity> listOpportunities(ListRequest request) {
        return (CursorPage<Opportunity>) (CursorPage<?>) list(UnifiedObject.OPPORTUNITY, request);
    }

    /** @return {@link #get} for a contact */
    default Contact getContact(GetRequest request) {
        return (Contact) get(UnifiedObject.CONTACT, request);
    }

    /** @return {@link #get} for an account */
    default Account getAccount(GetRequest request) {
        return (Account) get(UnifiedObject.ACCOUNT, request);
    }

    /** @return {@link #get} for an opportunity */
    default Opportunity getOpportunity(GetRequest request) {
        return (Opportunity) get(UnifiedObject.OPPORTUNITY, request);
    }
}
