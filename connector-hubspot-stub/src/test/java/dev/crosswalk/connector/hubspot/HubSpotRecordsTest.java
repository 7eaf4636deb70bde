package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Records of the emulator's first portal through the connector, over real HTTP. */
class HubSpotRecordsTest {

    private static final int CONTACTS = 230;
    private static final int DEALS = 120;

    private static HubSpotEmulator emulator;
    private static HubSpotHost host;

    @BeforeAll
    static void start() {
        emulator = HubSpotEmulator.builder().port(0).seed(7).companies(40).contacts(CONTACTS).deals(DEALS)
                .burstLimit(100_000)
                .searchesPerSecond(1000).start();
        host = HubSpotHost.privateApp(emulator, Map.of("search_requests_per_second", "1000"));
    }

    @AfterAll
    static void stop() {
        host.close();
        emulator.close();
    }

    @Test
    void listsEveryContactExactlyOnceWhateverThePageSize() {
        for (int pageSize : List.of(7, 100, 500)) {
            List<ProviderRecord> all = all(RecordQuery.builder("contacts").pageSize(pageSize));

            assertThat(all).hasSize(CONTACTS);
            assertThat(all.stream().map(ProviderRecord::id).distinct()).hasSize(CONTACTS);
        }
    }

    @Test
    void readsACustomObjectThroughTheSameRecordPort() {
        List<ProviderRecord> projects = all(RecordQuery.builder("p_projects").pageSize(15));

        assertThat(projects).hasSize(40);
        assertThat(projects.get(0).fields().get("project_budget")).isInstanceOf(java.math.BigDecimal.class);
        String status = (String) projects.get(0).fields().get("project_status");
        assertThat(all(RecordQuery.builder("2-1001").filter(FieldFilter.equalTo("project_status", status))))
                .isNotEmpty().allSatisfy(project -> assertThat(project.fields()).containsEntry("project_status", status));
        assertThat(host.connector.records().get(host.connection, RecordLookup.of("Projects", projects.get(2).id())))
                .contains(projects.get(2));
        assertThat(all(RecordQuery.builder("p_projects").createdAfter(Instant.EPOCH)))
                .as("bounded by the custom object's own hs_createdate").hasSize(40);
    }

    @Test
    void searchesPageByIdToTheEndWithNoLossOrDuplicate() {
        List<ProviderRecord> all = all(RecordQuery.builder("contacts").createdAfter(Instant.EPOCH).pageSize(50));

        assertThat(all.stream().map(ProviderRecord::id).collect(Collectors.toSet()))
                .isEqualTo(all(RecordQuery.builder("contacts")).stream().map(ProviderRecord::id)
                        .collect(Collectors.toSet()));
        assertThat(all).hasSize(CONTACTS);
    }

    @Test
    void searchesAreSpreadToHubSpotsRateSoAFastReaderMeetsNo429() {
        try (HubSpotEmulator strict = HubSpotEmulator.builder().port(0).seed(8).companies(2).contacts(60).deals(1)
                .start(); HubSpotHost reader = HubSpotHost.privateApp(strict)) {
            List<ProviderRecord> all = all(reader, RecordQuery.builder("contacts").createdAfter(Instant.EPOCH)
                    .pageSize(5));

            assertThat(all).hasSize(60);
            assertThat(strict.requestLog().count(request -> request.path().endsWith("/search"))).isEqualTo(12);
            assertThat(strict.requestLog().count(request -> request.status() == 429)).isZero();
        }
    }

    @Test
    void aFilterReturnsExactlyTheMatchingRecords() {
        List<ProviderRecord> everyone = all(RecordQuery.builder("contacts").fields(List.of("customer_tier")));
        String tier = (String) everyone.get(0).fields().get("customer_tier");
        long expected = everyone.stream().filter(record -> tier.equals(record.fields().get("customer_tier"))).count();

        List<ProviderRecord> found = all(RecordQuery.builder("contacts").fields(List.of("customer_tier"))
                .filter(FieldFilter.equalTo("customer_tier", tier)));

        assertThat(found).hasSize((int) expected).allSatisfy(record ->
                assertThat(record.fields()).containsEntry("customer_tier", tier));
        assertThat(all(RecordQuery.builder("contacts").filter(FieldFilter.of("customer_tier",
                FieldFilter.Operator.NOT_EQUALS, List.of(tier))))).hasSize(CONTACTS - (int) expected);
    }

    @Test
    void getReturnsWhatListReturnsAndNothingForAnUnknownId() {
        ProviderRecord listed = all(RecordQuery.builder("deals")).get(3);

        assertThat(host.connector.records().get(host.connection, RecordLookup.of("deals", listed.id())))
                .contains(listed);
        assertThat(host.connector.records().get(host.connection, RecordLookup.of("deals", "999999999"))).isEmpty();
        assertThatThrownBy(() -> host.connector.records().get(host.connection, RecordLookup.of("deals", "12'")))
                .isInstanceOf(CrmFailure.InvalidInput.class);
    }

    @Test
    void numbersAndBooleansArriveTypedNotAsHubSpotsText() {
        ProviderRecord deal = all(RecordQuery.builder("deals").fields(List.of("amount", "customer_renewal"))).get(0);

        assertThat(deal.fields().get("amount")).isInstanceOf(java.math.BigDecimal.class);
        assertThat(deal.fields().get("customer_renewal")).isInstanceOf(Boolean.class);
    }

    @Test
    void theSamePrimaryCompanyComesFromTheListAndTheSearchPath() {
        List<String> fields = List.of(HubSpotObjects.PRIMARY_COMPANY);
        for (String object : List.of("contacts", "deals")) {
            Map<String, Object> listed = byId(all(RecordQuery.builder(object).fields(fields)));
            Map<String, Object> searched = byId(all(RecordQuery.builder(object).fields(fields)
                    .createdAfter(Instant.EPOCH).pageSize(40)));

            assertThat(searched).as(object).isEqualTo(listed);
            assertThat(listed.values().stream().filter(Objects::nonNull)).as(object).isNotEmpty();
        }
        Map<String, Object> associated = all(RecordQuery.builder("contacts").fields(List.of("associatedcompanyid",
                HubSpotObjects.PRIMARY_COMPANY))).stream().collect(Collectors.toMap(ProviderRecord::id,
                record -> String.valueOf(record.fields().get("associatedcompanyid"))));
        assertThat(associated).isEqualTo(all(RecordQuery.builder("contacts").fields(List.of(
                HubSpotObjects.PRIMARY_COMPANY))).stream().collect(Collectors.toMap(ProviderRecord::id,
                record -> String.valueOf(record.fields().get(HubSpotObjects.PRIMARY_COMPANY)))));
    }

    @Test
    void archivedRecordsOnlyWhenAskedFor() throws IOException, InterruptedException {
        String id = all(RecordQuery.builder("companies")).get(5).id();
        archive("companies", id);

        assertThat(all(RecordQuery.builder("companies"))).extracting(ProviderRecord::id).doesNotContain(id);
        List<ProviderRecord> withDeleted = all(RecordQuery.builder("companies").includeDeleted(true).pageSize(15));
        assertThat(withDeleted).filteredOn(ProviderRecord::id, id).singleElement()
                .satisfies(record -> assertThat(record.deleted()).isTrue());
        assertThat(withDeleted.stream().map(ProviderRecord::id).distinct()).hasSize(withDeleted.size());
        assertThat(host.connector.records().get(host.connection, RecordLookup.of("companies", id))).isEmpty();
        assertThat(host.connector.records().get(host.connection, RecordLookup.of("companies", id).withDeleted(true)))
                .hasValueSatisfying(record -> assertThat(record.deleted()).isTrue());
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("companies")
                .includeDeleted(true).searchTerm("a").build())).isInstanceOf(CrmFailure.InvalidInput.class);
    }

    @Test
    void aForgedPageTokenOrAnUnknownObjectIsRefusedClearly() {
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("contacts")
                .pageToken(PageToken.of("x'; drop")).build())).isInstanceOf(CrmFailure.InvalidPageToken.class);
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("contacts")
                .createdAfter(Instant.EPOCH).pageToken(PageToken.of("a12")).build()))
                .isInstanceOf(CrmFailure.InvalidPageToken.class);
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("tickets")
                .build())).isInstanceOf(CrmFailure.NotFound.class);
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("companies")
                .pageToken(PageToken.of("d")).build())).as("an archived-phase token for a listing without them")
                .isInstanceOf(CrmFailure.InvalidPageToken.class);
    }

    @Test
    void moreConditionsThanHubSpotsSearchTakesAreRefusedBeforeAnyCall() {
        RecordQuery.Builder crowded = RecordQuery.builder("contacts");
        for (String tier : List.of("a", "b", "c", "d", "e", "f")) {
            crowded.filter(FieldFilter.of("customer_tier", FieldFilter.Operator.NOT_EQUALS, List.of(tier)));
        }
        int calls = emulator.requestLog().size();

        assertThatThrownBy(() -> host.connector.records().list(host.connection, crowded.build()))
                .isInstanceOf(CrmFailure.InvalidInput.class).hasMessageContaining("at most 6 conditions");
        assertThat(emulator.requestLog().size()).isEqualTo(calls);
    }

    @Test
    void anEmptyValueMeansHasNoValueForEqualityAndIsRefusedForAnOrdering() {
        assertThat(all(RecordQuery.builder("contacts").filter(FieldFilter.of("mobilephone",
                FieldFilter.Operator.EQUALS, java.util.Arrays.asList((Object) null))))).hasSize(CONTACTS);
        assertThat(all(RecordQuery.builder("contacts").filter(FieldFilter.of("mobilephone",
                FieldFilter.Operator.NOT_EQUALS, java.util.Arrays.asList((Object) null))))).isEmpty();
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("deals")
                .filter(FieldFilter.of("amount", FieldFilter.Operator.GREATER_THAN,
                        java.util.Arrays.asList((Object) null))).build()))
                .isInstanceOf(CrmFailure.InvalidInput.class);
    }

    @Test
    void aPortalWithManyPropertiesIsReadByBatchSoNoURLGrowsTooLong() {
        try (HubSpotHost narrow = HubSpotHost.privateApp(emulator, Map.of("max_properties_per_url", "3",
                "search_requests_per_second", "1000"))) {
            List<ProviderRecord> batched = all(narrow, RecordQuery.builder("deals").pageSize(50));

            assertThat(batched).isEqualTo(all(RecordQuery.builder("deals").pageSize(50)));
            assertThat(batched.get(0).fields()).containsKeys("dealname", "amount", "customer_priority",
                    HubSpotObjects.PRIMARY_COMPANY);
            assertThat(narrow.connector.records().get(narrow.connection, RecordLookup.of("deals",
                    batched.get(7).id()))).contains(batched.get(7));
        }
    }

    @Test
    void anOrderOfTwoFieldsIsRefusedBecauseHubSpotSortsByOne() {
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("deals")
                .orderBy(SortOrder.ascending("amount")).orderBy(SortOrder.descending("dealname")).build()))
                .isInstanceOf(CrmFailure.InvalidInput.class).hasMessageContaining("one field");
        List<ProviderRecord> ordered = all(RecordQuery.builder("deals").fields(List.of("createdate"))
                .orderBy(SortOrder.descending("createdate")).pageSize(30));
        assertThat(ordered).hasSize(DEALS);
        assertThat(ordered).extracting(record -> Instant.parse((String) record.fields().get("createdate")))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static Map<String, Object> byId(List<ProviderRecord> records) {
        Map<String, Object> values = new java.util.HashMap<>();
        records.forEach(record -> values.put(record.id(), record.fields().get(HubSpotObjects.PRIMARY_COMPANY)));
        return values;
    }

    static List<ProviderRecord> all(RecordQuery.Builder query) {
        return all(host, query);
    }

    static List<ProviderRecord> all(HubSpotHost through, RecordQuery.Builder query) {
        List<ProviderRecord> records = new ArrayList<>();
        PageToken next = null;
        java.util.Set<PageToken> seen = new HashSet<>();
        do {
            RecordPage page = through.connector.records().list(through.connection, query.pageToken(next).build());
            records.addAll(page.records());
            next = page.next().orElse(null);
            assertThat(next == null || seen.add(next)).as("a page token is never handed out twice").isTrue();
        } while (next != null);
        return records;
    }

    private static void archive(String object, String id) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                            + "/crm/v3/objects/" + object + "/" + id))
                    .header("Authorization", "Bearer " + emulator.credentials().privateAppToken()).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(204);
        }
    }
}
