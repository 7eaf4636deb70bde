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

/** SOSL through jsforce's {@code conn.search()}: {@code GET /search?q=...} answered with {@code searchRecords}. */
class SearchIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(50).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "search.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void findReturnsTheMatchingRecordsWithTheRequestedFields() {
        String id = result.path("createdId").asText();
        JsonNode records = result.path("found").path("searchRecords");
        assertThat(records).hasSize(1);
        JsonNode contact = records.get(0);
        assertThat(contact.path("attributes").path("type").asText()).isEqualTo("Contact");
        assertThat(contact.path("attributes").path("url").asText()).isEqualTo("/services/data/v62.0/sobjects/Contact/" + id);
        assertThat(contact.path("Id").asText()).isEqualTo(id);
        assertThat(contact.path("Name").asText()).isEqualTo("Zephyrine Quixote");
        assertThat(contact.path("Email").asText()).isEqualTo("zq@example.com");
        assertThat(result.path("byEmail").path("searchRecords")).extracting(r -> r.path("Id").asText()).containsExactly(id);
    }

    @Test
    void aSearchWithoutBracesIsMalformedSearch() {
        JsonNode error = result.path("malformed");
        assertThat(error.path("errorCode").asText()).isEqualTo("MALFORMED_SEARCH");
        assertThat(error.path("name").asText()).isEqualTo("MALFORMED_SEARCH");
        assertThat(error.path("message").asText()).isEqualTo("No search term found. The search term must be enclosed in braces.");
    }

    @Test
    void jsforceSendsTheSearchToTheSearchResource() {
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/search"))
                .extracting(RecordedRequest::status).containsExactly(200, 200, 400);
    }
}
