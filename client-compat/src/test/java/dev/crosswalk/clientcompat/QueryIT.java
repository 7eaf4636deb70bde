package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce's SOQL paths: {@code conn.query} with autoFetch and maxFetch over several 2,000-record pages, the queryAll
 * resource ({@code scanAll}), the query builder, {@code count()} and the {@code Sforce-Limit-Info} header.
 */
class QueryIT {

    private static final long CONTACTS = 4_500;
    private static final String VERSION_PATH = "/services/data/v62.0";

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(20).contacts(CONTACTS).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "query.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void autoFetchFollowsEveryNextRecordsUrl() {
        JsonNode all = result.path("all");
        assertThat(all.path("totalSize").asLong()).isEqualTo(CONTACTS);
        assertThat(all.path("fetched").asLong()).isEqualTo(CONTACTS);
        assertThat(all.path("distinctIds").asLong()).isEqualTo(CONTACTS);
        assertThat(all.path("done").asBoolean()).isTrue();
        JsonNode first = all.path("first");
        assertThat(first.path("attributes").path("type").asText()).isEqualTo("Contact");
        assertThat(first.path("Id").asText()).matches("003[0-9A-Za-z]{15}");
        assertThat(first.path("Account").path("attributes").path("type").asText()).isEqualTo("Account");
        assertThat(first.path("Account").path("Name").asText()).isNotBlank();
    }

    @Test
    void maxFetchStopsAfterThePageThatReachesIt() {
        JsonNode capped = result.path("capped");
        assertThat(capped.path("totalSize").asLong()).isEqualTo(CONTACTS);
        assertThat(capped.path("fetched").asLong()).isEqualTo(2_500);
    }

    @Test
    void aSingleQueryReturnsOnePageAndALocator(SalesforceEmulator emulator) {
        JsonNode page = result.path("firstPage");
        assertThat(page.path("totalSize").asLong()).isEqualTo(CONTACTS);
        assertThat(page.path("done").asBoolean()).isFalse();
        assertThat(page.path("fetched").asInt()).isEqualTo(2_000);
        assertThat(page.path("nextRecordsUrl").asText())
                .matches(Pattern.quote(emulator.baseUrl() + VERSION_PATH + "/query/") + "01g[0-9A-Za-z]{15}-2000");
    }

    @Test
    void pagesAreFetchedWithQueryMoreCallsOnly() {
        // all: 2 more pages (2,000 + 2,000 + 500); capped: 1 more page (2,000 + 2,000 >= 2,500).
        assertThat(requests).filteredOn(r -> r.method().equals("GET")
                && r.path().matches(Pattern.quote(VERSION_PATH + "/query/") + "01g[0-9A-Za-z]{15}-\\d+")).hasSize(3);
        assertThat(requests).extracting(RecordedRequest::status).containsOnly(200, 201, 204);
    }

    @Test
    void queryAllSeesADeletedRecordThatQueryDoesNot() {
        String deletedId = result.path("deletedId").asText();
        assertThat(result.path("query").path("totalSize").asInt()).isZero();
        assertThat(result.path("query").path("records")).isEmpty();
        JsonNode all = result.path("queryAll");
        assertThat(all.path("totalSize").asInt()).isEqualTo(1);
        assertThat(all.path("records").get(0).path("Id").asText()).isEqualTo(deletedId);
        assertThat(all.path("records").get(0).path("IsDeleted").asBoolean()).isTrue();
        assertThat(requests).filteredOn(r -> r.path().equals(VERSION_PATH + "/queryAll")).hasSize(1);
    }

    @Test
    void queryBuilderAndCountWork() {
        JsonNode found = result.path("found");
        assertThat(found).hasSize(5);
        found.forEach(record -> {
            assertThat(record.path("LastName").asText()).startsWith("K");
            assertThat(record.path("Account").path("Name").asText()).isNotBlank();
        });
        assertThat(result.path("count").asLong()).isEqualTo(CONTACTS);
    }

    @Test
    void limitInfoIsReadFromTheApiUsageHeader() {
        JsonNode usage = result.path("apiUsage");
        assertThat(usage.path("limit").asLong()).isEqualTo(100_000);
        assertThat(usage.path("used").asLong()).isPositive();
    }
}
