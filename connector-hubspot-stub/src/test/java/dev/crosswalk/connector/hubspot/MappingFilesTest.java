package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.toolkit.mapping.ReadPlan;
import dev.crosswalk.core.toolkit.mapping.SchemaLookup;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import dev.crosswalk.core.toolkit.mapping.UnifiedRecords;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connector's mapping files, compiled and run by core's mapping engine over the emulator's records. */
class MappingFilesTest {

    private static HubSpotEmulator emulator;
    private static HubSpotHost host;
    private static SchemaLookup schemas;

    @BeforeAll
    static void start() {
        emulator = HubSpotEmulator.builder().port(0).seed(13).companies(5).contacts(30).deals(12).start();
        host = HubSpotHost.privateApp(emulator);
        schemas = object -> host.connector.schema().describe(host.connection, object);
    }

    @AfterAll
    static void stop() {
        host.close();
        emulator.close();
    }

    @Test
    void shipsOneFileForEachUnifiedObjectOverTheMatchingHubSpotObject() {
        assertThat(host.connector.mappings()).extracting(MappingDocument::object)
                .containsExactlyInAnyOrder(UnifiedObject.CONTACT, UnifiedObject.ACCOUNT, UnifiedObject.OPPORTUNITY);
    }

    @Test
    void everyFileFitsTheSchemaAndMapsEveryRecord() {
        for (MappingDocument document : host.connector.mappings()) {
            UnifiedMapping mapping = UnifiedMapping.compile(document);
            assertThat(mapping.validate(schemas)).as(document.sourceName()).isEmpty();
            for (UnifiedRecord unified : map(document, mapping)) {
                assertThat(unified.id()).isNotBlank();
                assertThat(unified.createdAt()).isPresent();
                assertThat(unified.customFields()).isNotEmpty()
                        .allSatisfy((name, value) -> assertThat(name).startsWith("customer_"));
            }
        }
    }

    @Test
    void contactsAndDealsCarryTheirPrimaryCompanyAsTheAccount() {
        for (MappingDocument document : host.connector.mappings()) {
            List<UnifiedRecord> records = map(document, UnifiedMapping.compile(document));
            if (document.object() == UnifiedObject.CONTACT) {
                assertThat(records).map(record -> (Contact) record)
                        .anySatisfy(contact -> assertThat(contact.account()).isPresent())
                        .allSatisfy(contact -> assertThat(contact.name()).isPresent());
            } else if (document.object() == UnifiedObject.OPPORTUNITY) {
                assertThat(records).map(record -> (Opportunity) record)
                        .anySatisfy(deal -> assertThat(deal.account()).isPresent());
            }
        }
    }

    private static List<UnifiedRecord> map(MappingDocument document, UnifiedMapping mapping) {
        ReadPlan plan = mapping.plan(schemas, Set.of());
        List<ProviderRecord> records = host.connector.records().list(host.connection,
                RecordQuery.builder(mapping.providerObject()).fields(plan.providerFields()).pageSize(100).build())
                .records();
        assertThat(records).as(document.sourceName()).isNotEmpty();
        return records.stream().map(record -> UnifiedRecords.toRecord(document.object(), plan.map(record), false))
                .toList();
    }
}
