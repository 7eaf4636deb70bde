package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.MappingDocument;
import dev.crosswalk.core.toolkit.mapping.QueryTranslation;
import dev.crosswalk.core.toolkit.mapping.ReadPlan;
import dev.crosswalk.core.toolkit.mapping.SchemaLookup;
import dev.crosswalk.core.toolkit.mapping.UnifiedMapping;
import dev.crosswalk.core.toolkit.mapping.UnifiedRecords;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connector's mapping files, compiled and run by core's mapping engine against an emulator org: the plain files
 * for contacts, accounts and opportunities, and the contact written the JSONata way hosted unified APIs write it
 * ({@code mappings/salesforce/compat/contact.yaml}), which must produce the same contacts.
 */
class MappingFilesTest {

    private static final String COMPAT = "mappings/salesforce/compat/contact.yaml";

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE = SalesforceEmulatorExtension.builder().seed(11L).accounts(3)
            .contacts(60).opportunities(10).build();

    private static EmulatorConnection salesforce;

    @BeforeAll
    static void connect() {
        salesforce = EmulatorConnection.to(SALESFORCE.emulator());
    }

    @AfterAll
    static void disconnect() {
        salesforce.close();
    }

    private static SchemaLookup schemas() {
        return object -> salesforce.connector.schema().describe(salesforce.connection, object);
    }

    @Test
    void shipsOneFileForEachUnifiedObjectNamedForErrorMessages() {
        assertThat(salesforce.connector.mappings()).extracting(MappingDocument::object, MappingDocument::sourceName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UnifiedObject.CONTACT,
                                "salesforce:mappings/salesforce/contact.yaml"),
                        org.assertj.core.groups.Tuple.tuple(UnifiedObject.ACCOUNT,
                                "salesforce:mappings/salesforce/account.yaml"),
                        org.assertj.core.groups.Tuple.tuple(UnifiedObject.OPPORTUNITY,
                                "salesforce:mappings/salesforce/opportunity.yaml"));
    }

    @Test
    void everyFileCompilesToDirectAccessorsAndFitsTheOrgsDescribe() {
        for (MappingDocument document : salesforce.connector.mappings()) {
            UnifiedMapping mapping = UnifiedMapping.compile(document);

            assertThat(mapping.compiledResponse()).as(document.sourceName()).isTrue();
            assertThat(mapping.validate(schemas())).as(document.sourceName()).isEmpty();
        }
    }

    @Test
    void theCompatContactFitsTheOrgsDescribeAndMapsEveryRecordAsThePlainFileDoes() {
        UnifiedMapping plain = UnifiedMapping.compile(salesforce.connector.mappings().get(0));
        UnifiedMapping compat = compat();
        assertThat(compat.compiledResponse()).isFalse();
        assertThat(compat.validate(schemas())).isEmpty();
        ReadPlan plainPlan = plain.plan(schemas(), Set.of());
        ReadPlan compatPlan = compat.plan(schemas(), Set.of());

        List<ProviderRecord> records = salesforce.connector.records().list(salesforce.connection,
                RecordQuery.builder("Contact").fields(compatPlan.providerFields()).pageSize(200).build()).records();

        assertThat(records).hasSize(60);
        for (ProviderRecord record : records) {
            Contact expected = contact(plainPlan, record);
            Contact actual = contact(compatPlan, record);
            assertThat(actual.firstName()).isEqualTo(expected.firstName());
            assertThat(actual.lastName()).isEqualTo(expected.lastName());
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.account()).isEqualTo(expected.account());
            assertThat(actual.emailAddresses()).isEqualTo(expected.emailAddresses());
            assertThat(actual.phoneNumbers()).isEqualTo(expected.phoneNumbers());
            assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
            // the compat mapping keeps only custom fields with a truthy value; the plain file keeps them all
            assertThat(expected.customFields()).containsAllEntriesOf(actual.customFields());
            assertThat(actual.customFields().values()).allSatisfy(value -> assertThat(value).isNotNull());
        }
    }

    @Test
    void theCompatContactJoinsTheNameWithoutEmptyPartsAndLeavesOutEmptyPhones() {
        ReadPlan plan = compat().plan(schemas(), Set.of());
        ProviderRecord record = ProviderRecord.builder("Contact", "003000000000001AAA")
                .field("Id", "003000000000001AAA").field("FirstName", null).field("LastName", "Garcia")
                .field("AccountId", "001000000000001AAA").field("Email", "l.garcia@example.com")
                .field("Phone", "+1 555 0100").field("MobilePhone", "").field("CreatedDate", "2024-05-01T10:00:00.000+0000")
                .field("LTV_Score__c", 12.5).field("Internal_ID__c", "").field("Preferred_Channel__c", null).build();

        Contact contact = contact(plan, record);

        assertThat(contact.name()).contains("Garcia");
        assertThat(contact.phoneNumbers()).containsExactly(PhoneNumber.of("+1 555 0100", PhoneType.WORK));
        assertThat(contact.customFields()).containsExactly(Map.entry("LTV_Score__c", 12.5));
    }

    @Test
    void theCompatQueryMappingFiltersThroughConvertQueryToSqlWithTheSoqlDialect() {
        QueryTranslation translation = compat().translate(Map.of("email_address", List.of("o'hara@example.com"),
                "account_id", List.of("001000000000001AAA")), salesforce.connector.queryDialect().orElseThrow());

        assertThat(translation.filters()).containsExactlyInAnyOrder(
                FieldFilter.equalTo("Email", "o'hara@example.com"),
                FieldFilter.equalTo("AccountId", "001000000000001AAA"));
    }

    private static Contact contact(ReadPlan plan, ProviderRecord record) {
        return (Contact) UnifiedRecords.toRecord(UnifiedObject.CONTACT, plan.map(record), record.deleted());
    }

    private static UnifiedMapping compat() {
        return UnifiedMapping.compile(MappingDocument.of(UnifiedObject.CONTACT, "salesforce:" + COMPAT, resource(COMPAT)));
    }

    private static String resource(String name) {
        try (InputStream in = MappingFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
