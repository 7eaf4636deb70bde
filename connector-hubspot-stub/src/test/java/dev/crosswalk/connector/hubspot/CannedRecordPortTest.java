package dev.crosswalk.connector.hubspot;

import static dev.crosswalk.connector.hubspot.StubHost.CONNECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.domain.Watermark;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.crm.ReadCapabilities;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.spi.Connector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CannedRecordPortTest {

    private static final Connector CONNECTOR = StubHost.create(Map.of());
    private static final RecordPort RECORDS = CONNECTOR.records();

    @AfterAll
    static void closeConnector() {
        CONNECTOR.close();
    }

    private static List<String> ids(RecordQuery.Builder query) {
        RecordPage page = RECORDS.list(CONNECTION, query.pageSize(RecordQuery.MAX_PAGE_SIZE).build());
        assertThat(page.next()).as("one page holds every canned record").isEmpty();
        return page.records().stream().map(ProviderRecord::id).toList();
    }

    @Test
    void declaresEqualsAndInFiltersIdsTimeRangesSearchAndDeletedRecords() {
        ReadCapabilities capabilities = RECORDS.capabilities();

        assertThat(capabilities.operators()).containsExactlyInAnyOrder(FieldFilter.Operator.EQUALS,
                FieldFilter.Operator.IN);
        assertThat(capabilities.searchTerm()).isTrue();
        assertThat(capabilities.includeDeleted()).isTrue();
        assertThat(capabilities.createdRange()).isTrue();
        assertThat(capabilities.updatedRange()).isTrue();
        assertThat(capabilities.ordering()).isFalse();
        assertThat(capabilities.watermark()).isFalse();
        assertThat(capabilities.relationshipPaths()).isFalse();
        assertThat(capabilities.maxIds()).isEqualTo(100);
    }

    @Test
    void listsTheLiveRecordsOfEachObjectInIdOrder() {
        assertThat(ids(RecordQuery.builder("contacts")))
                .containsExactly("101", "102", "103", "104", "105", "106", "107", "108", "109", "110");
        assertThat(ids(RecordQuery.builder("companies")))
                .containsExactly("201", "202", "203", "204", "205", "206", "207", "208", "209", "210");
        assertThat(ids(RecordQuery.builder("deals")))
                .containsExactly("301", "302", "303", "304", "305", "306", "307", "308", "309", "310");
    }

    @Test
    void listsArchivedRecordsMarkedDeletedOnlyWhenAskedTo() {
        RecordPage page = RECORDS.list(CONNECTION, RecordQuery.builder("contacts").includeDeleted(true).build());

        assertThat(page.records()).hasSize(12);
        assertThat(page.records()).filteredOn(ProviderRecord::deleted).extracting(ProviderRecord::id)
                .containsExactly("111", "112");
        assertThat(ids(RecordQuery.builder("deals").includeDeleted(true))).contains("311", "312").hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 11, 12, 100})
    void pagesToTheEndWithoutLosingOrRepeatingARecord(int pageSize) {
        for (String object : List.of("contacts", "companies", "deals")) {
            RecordQuery first = RecordQuery.builder(object).includeDeleted(true).pageSize(pageSize).build();
            List<String> seen = new ArrayList<>();
            RecordPage page = RECORDS.list(CONNECTION, first);
            seen.addAll(page.records().stream().map(ProviderRecord::id).toList());
            while (page.next().isPresent()) {
                assertThat(page.records()).as("a page before the last is full").hasSize(pageSize);
                page = RECORDS.list(CONNECTION, first.toBuilder().pageToken(page.next().get()).build());
                seen.addAll(page.records().stream().map(ProviderRecord::id).toList());
            }

            assertThat(seen).as(object).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(ids(RecordQuery.builder(object).includeDeleted(true)));
        }
    }

    @Test
    void pagesThroughAFilteredListingByItsOwnPositions() {
        RecordQuery gold = RecordQuery.builder("contacts")
                .filter(FieldFilter.equalTo("customer_tier", "gold"))
                .pageSize(2)
                .build();

        RecordPage first = RECORDS.list(CONNECTION, gold);
        RecordPage second = RECORDS.list(CONNECTION, gold.toBuilder().pageToken(first.next().orElseThrow()).build());

        assertThat(first.records()).extracting(ProviderRecord::id).containsExactly("101", "104");
        assertThat(second.records()).extracting(ProviderRecord::id).containsExactly("110");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void servesNoMoreThanTheConfiguredPageSize() {
        try (Connector small = StubHost.create(Map.of("max_page_size", "4"))) {
            RecordPage page = small.records().list(CONNECTION, RecordQuery.builder("companies").pageSize(50).build());

            assertThat(page.records()).hasSize(4);
            assertThat(page.next()).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "+5", "007", "10", "11", "2147483648", "99999999999", "5 "})
    void refusesAPageTokenItDidNotIssue(String forged) {
        RecordQuery query = RecordQuery.builder("contacts").pageSize(3).pageToken(PageToken.of(forged)).build();

        assertThatThrownBy(() -> RECORDS.list(CONNECTION, query))
                .isInstanceOf(CrmFailure.InvalidPageToken.class)
                .hasMessageContaining("contacts")
                .hasMessageContaining(CONNECTION.ref().toString());
    }

    @Test
    void filtersByEquality() {
        assertThat(ids(RecordQuery.builder("contacts").filter(FieldFilter.equalTo("email", "grace@cobol.example"))))
                .containsExactly("102");
        assertThat(ids(RecordQuery.builder("deals").filter(FieldFilter.equalTo("dealstage", "closedwon"))))
                .containsExactly("301", "309");
    }

    @Test
    void comparesNumbersAndRecordIdsByValue() {
        assertThat(ids(RecordQuery.builder("contacts")
                        .filter(FieldFilter.in("associatedcompanyid", List.of(201, "204")))))
                .containsExactly("101", "104", "106", "108");
        assertThat(ids(RecordQuery.builder("deals").filter(FieldFilter.equalTo("amount", 12000))))
                .containsExactly("301");
        assertThat(ids(RecordQuery.builder("companies").filter(FieldFilter.equalTo("numberofemployees", "75.0"))))
                .containsExactly("203");
    }

    @Test
    void matchesNullToAPropertyWithoutAValue() {
        assertThat(ids(RecordQuery.builder("contacts").filter(FieldFilter.equalTo("mobilephone", null))))
                .containsExactly("102", "104", "105", "107", "108", "109");
    }

    @Test
    void comparesTextExactly() {
        assertThat(ids(RecordQuery.builder("contacts").filter(FieldFilter.equalTo("firstname", "grace")))).isEmpty();
    }

    @Test
    void combinesEveryConditionWithAnd() {
        RecordQuery.Builder query = RecordQuery.builder("contacts")
                .filter(FieldFilter.in("customer_tier", List.of("gold", "platinum")))
                .filter(FieldFilter.equalTo("jobtitle", "Mathematician"))
                .createdAfter(Instant.parse("2024-01-01T00:00:00Z"));

        assertThat(ids(query)).containsExactly("104");
    }

    @Test
    void boundsCreationTimesStrictly() {
        Instant third = Instant.parse("2024-01-04T12:00:00Z");

        assertThat(ids(RecordQuery.builder("contacts").createdBefore(third))).containsExactly("101", "102");
        assertThat(ids(RecordQuery.builder("contacts").createdAfter(Instant.parse("2024-02-03T10:00:00Z"))))
                .containsExactly("109", "110");
    }

    @Test
    void boundsModificationTimesStrictlyOnEachObjectsOwnProperty() {
        assertThat(ids(RecordQuery.builder("contacts").updatedAfter(Instant.parse("2024-03-09T09:00:00Z"))))
                .containsExactly("110");
        assertThat(ids(RecordQuery.builder("companies").updatedBefore(Instant.parse("2024-02-03T08:00:00Z"))))
                .containsExactly("201", "202");
        assertThat(ids(RecordQuery.builder("deals")
                        .updatedAfter(Instant.parse("2024-03-29T16:00:00Z"))
                        .updatedBefore(Instant.parse("2024-04-03T16:00:00Z"))))
                .containsExactly("302", "303");
    }

    @Test
    void searchesTheStringPropertiesIgnoringCase() {
        assertThat(ids(RecordQuery.builder("contacts").searchTerm("HOPPER"))).containsExactly("102");
        assertThat(ids(RecordQuery.builder("contacts").searchTerm("professor"))).containsExactly("105", "106", "107");
        assertThat(ids(RecordQuery.builder("companies").searchTerm("Labs"))).containsExactly("206");
    }

    @Test
    void searchesNeitherEnumerationsNorNumbers() {
        assertThat(ids(RecordQuery.builder("contacts").searchTerm("platinum"))).isEmpty();
        assertThat(ids(RecordQuery.builder("deals").searchTerm("12000"))).isEmpty();
    }

    @Test
    void listsOnlyTheNamedIdsInIdOrder() {
        assertThat(ids(RecordQuery.builder("contacts").ids(List.of("103", "101", "999", "111")))).containsExactly(
                "101", "103");
    }

    @Test
    void readsEveryPropertyWhenNoneAreNamed() {
        ProviderRecord grace = RECORDS.get(CONNECTION, RecordLookup.of("contacts", "102")).orElseThrow();

        assertThat(grace.object()).isEqualTo("contacts");
        assertThat(grace.deleted()).isFalse();
        assertThat(grace.fields()).containsExactly(
                entry("hs_object_id", "102"),
                entry("firstname", "Grace"),
                entry("lastname", "Hopper"),
                entry("email", "grace@cobol.example"),
                entry("phone", "+1 202 555 0102"),
                entry("mobilephone", null),
                entry("jobtitle", "Rear Admiral"),
                entry("createdate", "2024-01-03T11:00:00.000Z"),
                entry("lastmodifieddate", "2024-03-02T09:00:00.000Z"),
                entry("associatedcompanyid", "202"),
                entry("customer_tier", "platinum"));
    }

    @Test
    void readsOnlyTheNamedPropertiesInTheOrderNamed() {
        RecordPage page = RECORDS.list(CONNECTION, RecordQuery.builder("deals")
                .fields(List.of("amount", "DealName", "closedate"))
                .ids(List.of("310"))
                .build());

        assertThat(page.records()).singleElement().satisfies(deal -> assertThat(deal.fields()).containsExactly(
                entry("amount", null), entry("dealname", "Abstraction workshop"), entry("closedate", null)));
    }

    @Test
    void getsOneRecordAndAnArchivedOneOnlyWhenAskedTo() {
        assertThat(RECORDS.get(CONNECTION, RecordLookup.of("companies", "205").withFields(List.of("name"))))
                .hasValueSatisfying(company -> assertThat(company.fields())
                        .containsExactly(entry("name", "Eindhoven University")));
        assertThat(RECORDS.get(CONNECTION, RecordLookup.of("companies", "211"))).isEmpty();
        assertThat(RECORDS.get(CONNECTION, RecordLookup.of("companies", "211").withDeleted(true)))
                .hasValueSatisfying(company -> assertThat(company.deleted()).isTrue());
        assertThat(RECORDS.get(CONNECTION, RecordLookup.of("companies", "999").withDeleted(true))).isEmpty();
    }

    @Test
    void findsObjectsByNameInAnyLetterCase() {
        assertThat(RECORDS.list(CONNECTION, RecordQuery.builder("Deals").build()).records())
                .allSatisfy(deal -> assertThat(deal.object()).isEqualTo("deals"))
                .hasSize(10);
    }

    @Test
    void reportsAnObjectItDoesNotHaveAsNotFound() {
        assertThatThrownBy(() -> RECORDS.list(CONNECTION, RecordQuery.builder("tickets").build()))
                .isInstanceOf(CrmFailure.NotFound.class)
                .hasMessageContaining("tickets")
                .hasMessageContaining(CONNECTION.ref().toString());
        assertThatThrownBy(() -> RECORDS.get(CONNECTION, RecordLookup.of("tickets", "1")))
                .isInstanceOf(CrmFailure.NotFound.class);
    }

    @Test
    void refusesWhatItDidNotDeclare() {
        assertThatThrownBy(() -> RECORDS.list(CONNECTION, RecordQuery.builder("deals")
                        .filter(FieldFilter.of("amount", FieldFilter.Operator.GREATER_THAN, List.of(1000)))
                        .build()))
                .isInstanceOf(CrmFailure.Rejected.class)
                .hasMessageContaining("GREATER_THAN");
        assertThatThrownBy(() -> RECORDS.list(CONNECTION, RecordQuery.builder("deals")
                        .orderBy(SortOrder.descending("amount"))
                        .build()))
                .isInstanceOf(CrmFailure.Rejected.class);
        assertThatThrownBy(() -> RECORDS.list(CONNECTION, RecordQuery.builder("deals")
                        .modifiedSince(Watermark.after(Instant.parse("2024-01-01T00:00:00Z"), "301"))
                        .build()))
                .isInstanceOf(CrmFailure.Rejected.class);
        assertThatThrownBy(() -> RECORDS.list(CONNECTION, RecordQuery.builder("deals")
                        .filter(FieldFilter.equalTo("hs_pipeline", "default"))
                        .build()))
                .isInstanceOf(CrmFailure.Rejected.class)
                .hasMessageContaining("hs_pipeline");
    }

    @Test
    void pointsEveryAssociatedCompanyIdAtACannedCompany() {
        List<String> companies = ids(RecordQuery.builder("companies").includeDeleted(true));
        for (String object : List.of("contacts", "deals")) {
            assertThat(RECORDS.list(CONNECTION, RecordQuery.builder(object).includeDeleted(true).build()).records())
                    .extracting(record -> record.fields().get("associatedcompanyid"))
                    .filteredOn(java.util.Objects::nonNull)
                    .isNotEmpty()
                    .allSatisfy(company -> assertThat(companies).contains((String) company));
        }
    }
}
