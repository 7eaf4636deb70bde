package dev.crosswalk.connector.salesforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import dev.crosswalk.core.port.out.crm.GrantPort;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.crm.QueryDialect;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import dev.crosswalk.core.toolkit.mapping.MappingDocuments;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.support.ProviderCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Salesforce connector: records of any object over REST (SOQL, SOSL), schema discovery with a revalidating
 * Describe cache, quota from {@code Sforce-Limit-Info}, the mapping files for contacts, accounts and opportunities,
 * and SOQL as the query dialect. One instance serves every Salesforce connection. Thread-safe.
 */
final class SalesforceConnector implements Connector {

    private final SalesforceHttp http;
    private final SalesforceRecords records;
    private final SalesforceSchema schema;
    private final SalesforceQuota quota;
    private final List<MappingDocument> mappings;
    private final QueryDialect dialect = new SoqlDialect();
    private final SalesforceGrants grants;
    private final SalesforceAuthorization authorization;
    private final SalesforceTokenRefresher refresher;

    SalesforceConnector(SalesforceSettings settings, ConnectorContext context) {
        // read before the HTTP client exists, so a failure here leaves no thread behind
        this.mappings = MappingDocuments.fromClasspath(SalesforceConnector.class, SalesforceConnectorFactory.KIND);
        ObjectMapper json = SalesforceWire.mapper();
        this.http = new SalesforceHttp(settings);
        this.quota = new SalesforceQuota(context.clock());
        SalesforceResponses responses = new SalesforceResponses(json, quota, context.clock());
        SalesforceTokenRefresher refresher = new SalesforceTokenRefresher(settings, http.oauth(), responses,
                context.clock());
        SalesforceCalls calls = new SalesforceCalls(settings, http.rest(), responses,
                new ProviderCalls(context.tokenManager(refresher), context.retry()));
        this.schema = new SalesforceSchema(calls, context.clock(), settings.describeCacheTtl(),
                settings.describeCacheEntries());
        this.records = new SalesforceRecords(calls, schema);
        this.grants = new SalesforceGrants(http.oauth(), responses, refresher, context.retry());
        this.refresher = refresher;
        this.authorization = new SalesforceAuthorization(settings, refresher);
    }

    @Override
    public RecordPort records() {
        return records;
    }

    @Override
    public SchemaPort schema() {
        return schema;
    }

    @Override
    public QuotaPort quota() {
        return quota;
    }

    @Override
    public List<MappingDocument> mappings() {
        return mappings;
    }

    @Override
    public Optional<QueryDialect> queryDialect() {
        return Optional.of(dialect);
    }

    @Override
    public Optional<GrantPort> grants() {
        return Optional.of(grants);
    }

    @Override
    public Optional<AuthorizationPort> authorization() {
        return Optional.of(authorization);
    }

    @Override
    public List<String> problemsConnectingByGrant(Map<String, String> settings) {
        return refresher.problemsConnectingByGrant(settings, Map.of());
    }

    /** A connection's own Connected App: its {@code client_id} setting with its secret settings. */
    @Override
    public List<String> problemsConnectingByGrant(Map<String, String> settings, Map<String, Secret> secretSettings) {
        return refresher.problemsConnectingByGrant(settings, secretSettings);
    }

    @Override
    public void close() {
        http.close();
    }
}
