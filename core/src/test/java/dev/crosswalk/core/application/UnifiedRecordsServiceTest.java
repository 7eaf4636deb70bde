package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.AccountRef;
import dev.crosswalk.core.domain.Contact;
import dev.crosswalk.core.domain.EmailAddress;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.PhoneNumber;
import dev.crosswalk.core.domain.PhoneType;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.domain.UnifiedRecord;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.GetRequest;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.OverrideLevel;
import dev.crosswalk.core.port.in.UseCaseException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedRecordsServiceTest {

    static final ObjectSchema PERSON = ObjectSchema.builder("Person")
            .field(FieldSchema.builder("Id", FieldType.ID).build())
            .field(FieldSchema.builder("Given", FieldType.STRING).build())
            .field(FieldSchema.builder("Family", FieldType.STRING).build())
            .field(FieldSchema.builder("Mail", FieldType.EMAIL).build())
            .field(FieldSchema.builder("Phone", FieldType.PHONE).build())
            .field(FieldSchema.builder("CompanyId", FieldType.REFERENCE).build())
            .field(FieldSchema.builder("Created", FieldType.DATETIME).build())
            .field(FieldSchema.builder("Score__c", FieldType.DOUBLE).custom(true).build())
            .field(FieldSchema.builder("Tier__c", FieldType.PICKLIST).custom(true).build())
            .build();

    static final String CONTACT_MAPPING = """
            object: Person
            custom_fields: '__c$'
            response:
              id: Id
              first_name: Given
              last_name: Family
              title: Title
              account:
                id: CompanyId
              email_addresses:
                - email: Mail
                  type: "'work'"
              phone_numbers:
                - { number: Phone, type: "'mobile'" }
              created_at: Created
            query:
              email: Mail
            """;

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable()
            .object(PERSON, List.of(
                    person("p1", "Ada", "ada@example.com", "+44 1").field("Score__c", 12.5).build(),
                    person("p2", "Grace", "grace@example.com", null).field("Tier__c", "gold").build(),
                    person("p3", "Alan", "alan@example.com", null).deleted(true).build()))
            .mapping(UnifiedObject.CONTACT, CONTACT_MAPPING)
            .mapping(UnifiedObject.ACCOUNT, "object: Person\nresponse:\n  id: Id\n  name: Family\n"));

    private static ProviderRecord.Builder person(String id, String given, String mail, String phone) {
        return ProviderRecord.builder("Person", id).field("Id", id).field("Given", given).field("Family", "X")
                .field("Mail", mail).field("Phone", phone).field("CompanyId", "acc-1")
                .field("Created", "2024-05-01T10:00:00.000+0000");
    }

    private ListRequest.Builder request() {
        return ListRequest.builder(fixture.acme.ref());
    }

    @Test
    void mapsProviderRecordsToUnifiedContactsThroughTheConnectorsMappingFile() {
        CursorPage<Contact> page = fixture.core.unifiedRecords().listContacts(request().build());

        Contact ada = page.items().get(0);
        assertThat(ada.id()).isEqualTo("p1");
        assertThat(ada.firstName()).contains("Ada");
        assertThat(ada.account()).contains(AccountRef.of("acc-1"));
        assertThat(ada.emailAddresses()).containsExactly(EmailAddress.of("ada@example.com", "work"));
        assertThat(ada.phoneNumbers()).containsExactly(PhoneNumber.of("+44 1", PhoneType.MOBILE));
        assertThat(ada.createdAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(ada.customFields()).containsEntry("Score__c", 12.5);
        assertThat(page.items().get(1).phoneNumbers()).isEmpty();
    }

    @Test
    void readsOnlyTheProviderFieldsTheMappingNeeds() {
        fixture.core.unifiedRecords().listContacts(request().build());

        assertThat(fixture.crm.queries().get(0).fields())
                .contains("Id", "Given", "Mail", "CompanyId", "Score__c", "Tier__c")
                .doesNotContain("Title");
    }

    @Test
    void translatesUnifiedFiltersThroughTheQueryMapping() {
        CursorPage<Contact> page = fixture.core.unifiedRecords().listContacts(
                request().filter("email", List.of("grace@example.com")).build());

        assertThat(page.items()).extracting(UnifiedRecord::id).containsExactly("p2");
        assertThat(fixture.crm.queries().get(0).filters())
                .containsExactly(FieldFilter.equalTo("Mail", "grace@example.com"));
    }

    @Test
    void refusesAFilterTheMappingDoesNotDeclareNamingTheValidOnes() {
        assertThatThrownBy(() -> fixture.core.unifiedRecords().listContacts(
                request().filter("phone", List.of("1")).build()))
                .isInstanceOfSatisfying(UseCaseException.InvalidRequest.class, refused ->
                        assertThat(refused.validValues()).containsExactly("email"));
    }

    @Test
    void returnsOnlyTheUnifiedFieldsAskedForAndRefusesUnknownOnes() {
        Contact ada = fixture.core.unifiedRecords().listContacts(request().fields(List.of("first_name")).build())
                .items().get(0);

        assertThat(ada.firstName()).contains("Ada");
        assertThat(ada.emailAddresses()).isEmpty();
        assertThat(fixture.crm.queries().get(0).fields()).contains("Given").doesNotContain("Mail");
        assertThatThrownBy(() -> fixture.core.unifiedRecords().listContacts(
                request().fields(List.of("shoe_size")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("shoe_size")
                .hasMessageContaining("first_name");
    }

    @Test
    void marksDeletedRecordsWhenTheyAreAskedFor() {
        List<Contact> all = fixture.core.unifiedRecords().listContacts(request().includeDeleted(true).build()).items();

        assertThat(all).filteredOn(UnifiedRecord::remoteWasDeleted).extracting(UnifiedRecord::id).containsExactly("p3");
    }

    @Test
    void getsOneUnifiedRecordAndReportsAMissingOne() {
        assertThat(fixture.core.unifiedRecords().getContact(GetRequest.of(fixture.acme.ref(), "p2")).firstName())
                .contains("Grace");
        assertThatThrownBy(() -> fixture.core.unifiedRecords().getContact(GetRequest.of(fixture.acme.ref(), "p9")))
                .isInstanceOf(UseCaseException.RecordNotFound.class);
    }

    @Test
    void aConnectorWithoutAMappingForTheObjectDoesNotServeIt() {
        assertThatThrownBy(() -> fixture.core.unifiedRecords().listOpportunities(request().build()))
                .isInstanceOf(UseCaseException.CapabilityUnavailable.class).hasMessageContaining("opportunit");
    }

    @Test
    void anOverrideSetForTheConnectionChangesTheNextResponseOfThatConnectionOnly() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION, """
                response:
                  title: Tier__c
                  lifetime_value: Score__c
                """);

        Contact ada = fixture.core.unifiedRecords().listContacts(request().build()).items().get(0);
        Contact grace = fixture.core.unifiedRecords().listContacts(request().build()).items().get(1);
        Contact globexAda = fixture.core.unifiedRecords()
                .listContacts(ListRequest.builder(fixture.globex.ref()).build()).items().get(0);

        assertThat(ada.additionalFields()).containsEntry("lifetime_value", 12.5);
        assertThat(grace.title()).contains("gold");
        assertThat(globexAda.additionalFields()).isEmpty();
    }

    @Test
    void reportsAMappingThatFailsOnARecordNamingTheRecord() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, OverrideLevel.CONNECTION, """
                response:
                  created_at: "Given = 'Ada' ? 'yesterday' : Created"
                """);

        assertThatThrownBy(() -> fixture.core.unifiedRecords().listContacts(request().build()))
                .isInstanceOf(UseCaseException.MappingFailed.class).hasMessageContaining("p1")
                .hasMessageContaining("created_at");
    }

    @Test
    void listsUnifiedRecordsPageByPageWithCursorsBoundToTheListing() {
        CursorPage<Contact> first = fixture.core.unifiedRecords().listContacts(request().pageSize(1).build());
        CursorPage<Contact> second = fixture.core.unifiedRecords().listContacts(
                request().pageSize(1).cursor(first.nextCursor().orElseThrow()).build());

        assertThat(second.items()).extracting(UnifiedRecord::id).containsExactly("p2");
        assertThat(fixture.crm.queries()).extracting(RecordQuery::object).containsOnly("Person");
        assertThatThrownBy(() -> fixture.core.unifiedRecords().listAccounts(
                request().pageSize(1).cursor(first.nextCursor().orElseThrow()).build()))
                .as("a contacts cursor does not continue an accounts listing of the same provider object")
                .isInstanceOf(UseCaseException.InvalidCursor.class);
    }

    @Test
    void refusesAUnifiedFilterOnAFieldTheCrmCannotFilterBy() {
        fixture.crm.objectOf(fixture.acme.ref(), ObjectSchema.builder("Person")
                .field(FieldSchema.builder("Id", FieldType.ID).build())
                .field(FieldSchema.builder("Mail", FieldType.EMAIL).filterable(false).build())
                .build());

        assertThatThrownBy(() -> fixture.core.unifiedRecords().listContacts(
                request().filter("email", List.of("a@example.com")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("cannot filter");
        assertThat(fixture.crm.queries()).isEmpty();
    }

    @Test
    void reportsAFilterValueOfTheWrongTypeAsTheClientsMistakeNamingTheFilter() {
        fixture.core.mappings().set(fixture.acme.ref(), UnifiedObject.CONTACT, dev.crosswalk.core.port.in.OverrideLevel
                .CONNECTION, """
                query_mapping: |
                  { "where": $convertQueryToSql(query, ["min_score"], {"min_score": "Score__c"}, {"min_score": "number"}) }
                """);

        assertThatThrownBy(() -> fixture.core.unifiedRecords().listContacts(
                request().filter("min_score", List.of("high")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("'min_score'")
                .hasMessageContaining("takes a number");
    }
}
