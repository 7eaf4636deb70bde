package dev.crosswalk.connector.salesforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.port.out.ContactsPort;
import dev.crosswalk.core.port.out.QuotaPort;
import dev.crosswalk.core.port.out.SchemaPort;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import java.util.Optional;

/** The Salesforce connector: contacts, schema discovery and quota tracking so far. Thread-safe. */
final class SalesforceConnector implements Connector {

    private final SalesforceContacts contacts;
    private final SalesforceSchema schema;
    private final SalesforceQuota quota;
    private final SalesforceHttp http;

    SalesforceConnector(SalesforceSettings settings, ConnectorContext context) {
        ObjectMapper json = SalesforceWire.mapper();
        this.http = new SalesforceHttp(settings);
        this.quota = new SalesforceQuota(context.clock());
        SalesforceResponses responses = new SalesforceResponses(json, quota);
        SalesforceTokenRefresher refresher = new SalesforceTokenRefresher(settings, http.oauth(), responses, context.clock());
        SalesforceCalls calls = new SalesforceCalls(
                settings, http.rest(), responses, context.tokenManager(refresher), context.retry());
        this.schema = new SalesforceSchema(calls, context.clock(), settings.describeCacheTtl(),
                settings.describeCacheEntries());
        this.contacts = new SalesforceContacts(calls, schema, new ContactMapper(ContactMapper.DEFAULT_MAPPING));
    }

    @Override
    public Optional<ContactsPort> contacts() {
        return Optional.of(contacts);
    }

    @Override
    public Optional<SchemaPort> schema() {
        return Optional.of(schema);
    }

    @Override
    public Optional<QuotaPort> quota() {
        return Optional.of(quota);
    }

    @Override
    public void close() {
        http.close();
    }
}
