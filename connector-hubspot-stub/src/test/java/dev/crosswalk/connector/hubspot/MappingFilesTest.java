package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.toolkit.mapping.ReadPlan;
import dev.crosswalk.core.toolkit.mapping.SchemaLookup;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import dev.crosswalk.core.toolkit.mapping.UnifiedRecords;
import dev.crosswalk.spi.Connector;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stub's mapping files, compiled and run by core's mapping engine over the canned data. */
class MappingFilesTest {

    @Test
    void everyFileFitsTheCannedSchemaAndMapsEveryRecord() {
        try (Connector connector = StubHost.create(Map.of())) {
            SchemaLookup schemas = object -> connector.schema().describe(StubHost.CONNECTION, object);
            for (MappingDocument document : connector.mappings()) {
                UnifiedMapping mapping = UnifiedMapping.compile(document);
                assertThat(mapping.validate(schemas)).as(document.sourceName()).isEmpty();

                ReadPlan plan = mapping.plan(schemas, Set.of());
                var records = connector.records().list(StubHost.CONNECTION,
                        RecordQuery.builder(mapping.providerObject()).fields(plan.providerFields()).pageSize(100)
                                .build()).records();
                assertThat(records).as(document.sourceName()).isNotEmpty();
                for (ProviderRecord record : records) {
                    UnifiedRecord unified = UnifiedRecords.toRecord(document.object(), plan.map(record), false);
                    assertThat(unified.id()).isEqualTo(record.id());
                    assertThat(unified.createdAt()).isPresent();
                }
            }
        }
    }

    @Test
    void contactsGetAJoinedNameAndTheCustomTierInCustomFields() {
        try (Connector connector = StubHost.create(Map.of())) {
            SchemaLookup schemas = object -> connector.schema().describe(StubHost.CONNECTION, object);
            UnifiedMapping mapping = UnifiedMapping.compile(connector.mappings().get(0));
            ReadPlan plan = mapping.plan(schemas, Set.of());
            ProviderRecord first = connector.records().list(StubHost.CONNECTION, RecordQuery.builder("contacts")
                    .fields(plan.providerFields()).build()).records().get(0);

            Contact contact = (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, plan.map(first), false);

            assertThat(contact.name()).contains(first.fields().get("firstname") + " " + first.fields().get("lastname"));
            assertThat(contact.customFields()).containsOnlyKeys("customer_tier");
            assertThat(contact.emailAddresses()).isNotEmpty();
        }
    }
}
