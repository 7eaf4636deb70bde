package dev.crosswalk.connector.hubspot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.AuthorizationPort;
import dev.crosswalk.core.port.out.crm.GrantPort;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import dev.crosswalk.core.toolkit.mapping.MappingDocuments;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.support.ProviderCalls;
import dev.crosswalk.support.ProviderHttp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HubSpot connector: records over the CRM v3 objects and search APIs, schema from the properties API, quota from
 * the rate-limit headers, OAuth and private-app tokens, and the mapping files for contacts, accounts and
 * opportunities. One instance serves every HubSpot connection. Thread-safe.
 */
final class HubSpotConnector implements Connector {

    private final ProviderHttp http;
    private final HubSpotRecords records;
    private final HubSpotSchema schema;
    private final HubSpotQuota quota;
    private final HubSpotOAuth oauth;
    private final List<MappingDocument> mappings;

    HubSpotConnector(HubSpotSettings settings, ConnectorContext context) {
        // read before the HTTP client exists, so a failure here leaves no thread behind
        this.mappings = MappingDocuments.fromClasspath(HubSpotConnector.class, HubSpotConnectorFactory.KIND);
        ObjectMapper json = new ObjectMapper();
        this.http = new ProviderHttp("HubSpot", settings.connectTimeout(), settings.readTimeout());
        this.quota = new HubSpotQuota(context.clock());
        this.oauth = new HubSpotOAuth(settings, http, context.retry(), context.clock(), json);
        HubSpotCalls calls = new HubSpotCalls(settings, http,
                new ProviderCalls(context.tokenManager(oauth), context.retry()), quota,
                new HubSpotRefusals(json, context.clock()), json);
        this.schema = new HubSpotSchema(calls, context.clock(), settings.schemaCacheTtl());
        this.records = new HubSpotRecords(calls, schema, settings.searchRequestsPerSecond(),
                settings.maxPropertiesPerUrl());
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
    public Optional<GrantPort> grants() {
        return Optional.of(oauth);
    }

    @Override
    public Optional<AuthorizationPort> authorization() {
        return Optional.of(oauth);
    }

    @Override
    public List<String> problemsConnectingByGrant(Map<String, String> settings) {
        return oauth.problemsConnectingByGrant(settings, Map.of());
    }

    @Override
    public List<String> problemsConnectingByGrant(Map<String, String> settings, Map<String, Secret> secretSettings) {
        return oauth.problemsConnectingByGrant(settings, secretSettings);
    }

    @Override
    public void close() {
        http.close();
    }
}
