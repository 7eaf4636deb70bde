package dev.crosswalk.connector.hubspot;

import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.core.port.out.crm.SchemaPort;
import dev.crosswalk.core.toolkit.mapping.MappingDocuments;
import dev.crosswalk.spi.Connector;
import java.util.List;
import java.util.Optional;

/**
 * The stub's ports over the canned HubSpot account, and its mapping files for contacts, accounts and opportunities.
 * Makes no calls, so it reports no quota. Thread-safe.
 */
final class HubSpotStubConnector implements Connector {

    private static final QuotaPort NO_CALLS_NO_QUOTA = connection -> Optional.<QuotaUsage>empty();

    private final RecordPort records;
    private final SchemaPort schema = new CannedSchemaPort();
    private final List<MappingDocument> mappings;

    HubSpotStubConnector(int maxPageSize) {
        this.records = new CannedRecordPort(maxPageSize);
        this.mappings = MappingDocuments.fromClasspath(HubSpotStubConnector.class, HubSpotStubConnectorFactory.KIND);
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
        return NO_CALLS_NO_QUOTA;
    }

    @Override
    public List<MappingDocument> mappings() {
        return mappings;
    }

    @Override
    public void close() {
        // holds nothing
    }
}
