package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Query details jsforce relies on: a {@code Sforce-Query-Options: batchSize} header, parent-to-child subqueries and
 * jsforce's default API version (50.0).
 */
class QueryOptionsIT {

    private static final long ACCOUNTS = 20;
    private static final long CONTACTS = 1_200;

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(ACCOUNTS).contacts(CONTACTS).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "query-options.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void batchSizeHeaderShrinksThePages() {
        JsonNode first = result.path("smallPage");
        assertThat(first.path("fetched").asInt()).isEqualTo(500);
        assertThat(first.path("done").asBoolean()).isFalse();
        assertThat(first.path("totalSize").asLong()).isEqualTo(CONTACTS);
        assertThat(result.path("smallPages").path("fetched").asLong()).isEqualTo(CONTACTS);
        // 1,200 rows in pages of 500: two query-more calls for the autoFetch run.
        assertThat(requests).filteredOn(r -> r.path().matches("/services/data/v62\\.0/query/01g[0-9A-Za-z]{15}-\\d+"))
                .extracting(r -> r.path().substring(r.path().lastIndexOf('-') + 1))
                .containsExactly("500", "1000");
    }

    @Test
    void subqueryRowsArriveAsNestedQueryResults() {
        JsonNode children = result.path("children");
        assertThat(children).hasSize(3);
        children.forEach(account -> {
            assertThat(account.path("totalSize").asInt()).isEqualTo((int) (CONTACTS / ACCOUNTS));
            assertThat(account.path("fetched").asInt()).isEqualTo(account.path("totalSize").asInt());
            assertThat(account.path("done").asBoolean()).isTrue();
            assertThat(account.path("childType").asText()).isEqualTo("Contact");
        });
        assertThat(children).extracting(a -> a.path("Name").asText()).isSorted();
    }

    @Test
    void jsforcesDefaultApiVersionIsServed() {
        assertThat(result.path("defaultVersion").path("version").asText()).isEqualTo("50.0");
        assertThat(result.path("defaultVersion").path("size").asInt()).isEqualTo(1);
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v50.0/query"))
                .extracting(RecordedRequest::status).endsWith(200);
    }
}
