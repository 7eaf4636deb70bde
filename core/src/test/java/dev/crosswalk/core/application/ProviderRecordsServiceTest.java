package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.CursorPage;
import dev.crosswalk.core.port.in.GetRequest;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProviderRecordsServiceTest {

    private static final ObjectSchema ACCOUNT = ObjectSchema.builder("Account")
            .field(FieldSchema.builder("Id", FieldType.ID).build())
            .field(FieldSchema.builder("Name", FieldType.STRING).build())
            .build();
    private static final ObjectSchema DEAL = ObjectSchema.builder("Deal_Registration__c").custom(true)
            .field(FieldSchema.builder("Id", FieldType.ID).build())
            .field(FieldSchema.builder("Name", FieldType.STRING).build())
            .field(FieldSchema.builder("Amount__c", FieldType.CURRENCY).custom(true).build())
            .field(FieldSchema.builder("Status__c", FieldType.PICKLIST).custom(true).build())
            .field(FieldSchema.builder("Secret__c", FieldType.STRING).custom(true).filterable(false).build())
            .field(FieldSchema.builder("Account__c", FieldType.REFERENCE).custom(true)
                    .reference("Account__r", List.of("Account")).build())
            .build();

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable()
            .object(ACCOUNT, List.of(ProviderRecord.builder("Account", "001A").field("Name", "Acme").build()))
            .object(DEAL, deals(5)));

    private static List<ProviderRecord> deals(int count) {
        List<ProviderRecord> deals = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(n -> deals.add(ProviderRecord.builder("Deal_Registration__c", "a0X" + n)
                .field("Name", "Deal " + n).field("Amount__c", new BigDecimal(n * 100))
                .field("Status__c", n % 2 == 0 ? "Approved" : "Submitted")
                .field("Account__r", Map.of("Name", "Acme")).deleted(n == 5).build()));
        return deals;
    }

    private ListRequest.Builder request() {
        return ListRequest.builder(fixture.acme.ref());
    }

    @Test
    void listsACustomObjectPageByPageToTheEndWithoutLossOrDuplicates() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            CursorPage<ProviderRecord> page = fixture.core.providerRecords().list("Deal_Registration__c",
                    request().pageSize(2).cursor(cursor).build());
            page.items().forEach(record -> seen.add(record.id()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertThat(seen).containsExactly("a0X1", "a0X2", "a0X3", "a0X4");
    }

    @Test
    void readsTheObjectUnderTheSchemasSpellingOfItsName() {
        fixture.core.providerRecords().list("deal_registration__c", request().build());

        assertThat(fixture.crm.queries()).extracting(RecordQuery::object).containsExactly("Deal_Registration__c");
    }

    @Test
    void turnsFiltersIntoTypedConditionsOnTheNamedFields() {
        CursorPage<ProviderRecord> page = fixture.core.providerRecords().list("Deal_Registration__c",
                request().filter("Status__c", List.of("Approved")).filter("Amount__c", List.of("200", "400")).build());

        assertThat(page.items()).extracting(ProviderRecord::id).containsExactly("a0X2", "a0X4");
        assertThat(fixture.crm.queries().get(0).filters()).containsExactly(
                FieldFilter.equalTo("Status__c", "Approved"),
                FieldFilter.in("Amount__c", List.of(new BigDecimal("200"), new BigDecimal("400"))));
    }

    @Test
    void refusesAFilterOnAFieldTheObjectLacksNamingTheValidFields() {
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().filter("Stage__c", List.of("x")).build()))
                .isInstanceOfSatisfying(UseCaseException.InvalidRequest.class, refused -> {
                    assertThat(refused).hasMessageContaining("Stage__c").hasMessageContaining("Status__c");
                    assertThat(refused.validValues()).contains("Name", "Amount__c");
                });
        assertThat(fixture.crm.queries()).isEmpty();
    }

    @Test
    void refusesAFilterValueThatIsNotOfTheFieldsType() {
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().filter("Amount__c", List.of("lots")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("'lots'").hasMessageContaining("Amount__c");
    }

    @Test
    void refusesAFilterOnAFieldTheCrmCannotFilterBy() {
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().filter("Secret__c", List.of("x")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("Secret__c");
    }

    @Test
    void followsRelationshipPathsThroughTheRelatedObjectsSchema() {
        fixture.core.providerRecords().list("Deal_Registration__c", request().fields(List.of("Account__r.Name")).build());

        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().fields(List.of("Account__r.Industry")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("Account has no field 'Industry'");
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().fields(List.of("Owner__r.Name")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("relationship 'Owner__r'");
    }

    @Test
    void ordersBySortableFieldsWhenTheConnectorCanAndRefusesOtherwise() {
        fixture.core.providerRecords().list("Deal_Registration__c", request()
                .orderBy(dev.crosswalk.core.domain.SortOrder.descending("Amount__c")).build());

        assertThat(fixture.crm.queries().get(0).order())
                .containsExactly(dev.crosswalk.core.domain.SortOrder.descending("Amount__c"));
        CoreFixture limited = new CoreFixture(new InMemoryCrm(ReadCapabilities.builder().build()).object(DEAL, deals(1)));
        assertThatThrownBy(() -> limited.core.providerRecords().list("Deal_Registration__c",
                ListRequest.builder(limited.acme.ref()).orderBy(dev.crosswalk.core.domain.SortOrder.ascending("Name"))
                        .build())).isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("order_by");
    }

    @Test
    void refusesPathsOfMoreThanFiveNames() {
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().fields(List.of("A.B.C.D.E.F")).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("at most 5");
    }

    @Test
    void listsDeletedRecordsOnlyWhenAskedTo() {
        assertThat(fixture.core.providerRecords().list("Deal_Registration__c", request().build()).items())
                .extracting(ProviderRecord::id).doesNotContain("a0X5");
        assertThat(fixture.core.providerRecords().list("Deal_Registration__c", request().includeDeleted(true).build())
                .items()).filteredOn(ProviderRecord::deleted).extracting(ProviderRecord::id).containsExactly("a0X5");
    }

    @Test
    void refusesWhatTheConnectorDidNotDeclareInsteadOfDroppingIt() {
        CoreFixture limited = new CoreFixture(new InMemoryCrm(ReadCapabilities.builder().build())
                .object(DEAL, deals(2)));
        ListRequest.Builder request = ListRequest.builder(limited.acme.ref());

        assertThatThrownBy(() -> limited.core.providerRecords().list("Deal_Registration__c",
                request.searchTerm("deal").build())).isInstanceOf(UseCaseException.InvalidRequest.class)
                .hasMessageContaining("cannot search");
        assertThatThrownBy(() -> limited.core.providerRecords().list("Deal_Registration__c",
                ListRequest.builder(limited.acme.ref()).includeDeleted(true).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("deleted");
        assertThatThrownBy(() -> limited.core.providerRecords().list("Deal_Registration__c",
                ListRequest.builder(limited.acme.ref()).createdAfter(java.time.Instant.EPOCH).build()))
                .isInstanceOf(UseCaseException.InvalidRequest.class).hasMessageContaining("creation time");
        assertThat(limited.crm.queries()).isEmpty();
    }

    @Test
    void refusesACursorOfAnotherTenantsConnectionOfTheSameId() {
        String cursor = fixture.core.providerRecords().list("Deal_Registration__c", request().pageSize(1).build())
                .nextCursor().orElseThrow();

        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                ListRequest.builder(fixture.globex.ref()).pageSize(1).cursor(cursor).build()))
                .isInstanceOf(UseCaseException.InvalidCursor.class);
    }

    @Test
    void refusesACursorReplayedWithOtherFilters() {
        String cursor = fixture.core.providerRecords().list("Deal_Registration__c", request().pageSize(1).build())
                .nextCursor().orElseThrow();

        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                request().pageSize(1).filter("Status__c", List.of("Approved")).cursor(cursor).build()))
                .isInstanceOf(UseCaseException.InvalidCursor.class).hasMessageContaining("other filters");
    }

    @Test
    void reportsAnObjectTheAccountLacks() {
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Invoice__c", request().build()))
                .isInstanceOf(UseCaseException.ObjectNotFound.class).hasMessageContaining("Invoice__c");
    }

    @Test
    void getsOneRecordAndReportsAMissingOne() {
        assertThat(fixture.core.providerRecords().get("Deal_Registration__c",
                GetRequest.of(fixture.acme.ref(), "a0X2")).fields()).containsEntry("Name", "Deal 2");
        assertThatThrownBy(() -> fixture.core.providerRecords().get("Deal_Registration__c",
                GetRequest.of(fixture.acme.ref(), "a0X5"))).isInstanceOf(UseCaseException.RecordNotFound.class);
        assertThat(fixture.core.providerRecords().get("Deal_Registration__c",
                GetRequest.of(fixture.acme.ref(), "a0X5").withDeleted(true)).deleted()).isTrue();
    }

    @Test
    void marksTheConnectionAndTellsTheHostOnceWhenTheCrmRefusesItsGrant() {
        fixture.crm.failNextCallWith(new CrmFailure.ReauthorizationRequired("refresh token revoked", "invalid_grant"));

        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c", request().build()))
                .isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class);
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c", request().build()))
                .isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class);
        assertThat(fixture.reauthorizationEvents).containsExactly("acme/crm-1: refresh token revoked");
    }

    @Test
    void neverServesAnotherTenantsConnection() {
        assertThatThrownBy(() -> fixture.core.providerRecords().list("Deal_Registration__c",
                ListRequest.builder(new dev.crosswalk.core.domain.ConnectionRef(
                        new dev.crosswalk.core.domain.TenantId("acme"),
                        new dev.crosswalk.core.domain.ConnectionId("crm-2"))).build()))
                .isInstanceOf(UseCaseException.ConnectionNotFound.class);
    }
}
