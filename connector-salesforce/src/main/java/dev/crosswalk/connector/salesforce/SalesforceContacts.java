package dev.crosswalk.connector.salesforce;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.CrmFailure;
import java.util.List;
import java.util.Optional;

/**
 * Lists contacts with SOQL over REST: the first page selects the mapped standard fields plus every custom field
 * Describe reports, oldest first; later pages follow Salesforce's {@code nextRecordsUrl}. Salesforce serves pages of
 * 200 to 2,000 rows, so a smaller page size is rounded up to 200. Thread-safe.
 */
final class SalesforceContacts implements ContactsPort {

    private final SalesforceCalls calls;
    private final SalesforceSchema schema;
    private final ContactMapper mapper;

    SalesforceContacts(SalesforceCalls calls, SalesforceSchema schema, ContactMapper mapper) {
        this.calls = calls;
        this.schema = schema;
        this.mapper = mapper;
    }

    @Override
    public Page<Contact> listContacts(Connection connection, PageRequest page) {
        SalesforceWire.QueryResult result = page.after()
                .map(token -> calls.queryMore(connection, token.value(), page.pageSize()))
                .orElseGet(() -> calls.query(connection, firstPageQuery(connection), page.pageSize()));
        List<Contact> contacts = result.records().stream().map(mapper::toContact).toList();
        Optional<PageToken> next = result.done() || result.nextRecordsUrl() == null
                ? Optional.empty()
                : Optional.of(new PageToken(result.nextRecordsUrl()));
        return new Page<>(contacts, next);
    }

    private SoqlSelect firstPageQuery(Connection connection) {
        ObjectSchema contact = schema.describe(connection, ContactMapper.OBJECT)
                .orElseThrow(() -> new CrmFailure.NotFound(
                        "the org behind connection " + connection.ref() + " has no Contact object", null));
        List<String> described = contact.fields().stream().map(FieldSchema::name).toList();
        List<String> custom = contact.fields().stream().filter(FieldSchema::custom).map(FieldSchema::name).toList();
        return SoqlSelect.of(mapper.fieldsToSelect(described, custom), ContactMapper.OBJECT).orderBy("CreatedDate", "Id");
    }
}
