package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce's {@code conn.describeGlobal()}, {@code conn.sobject('Contact').describe()} and {@code recent()}, and the
 * API versions listing.
 */
class DescribeIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "describe.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void describeGlobalListsTheOrgsObjects() {
        JsonNode global = result.path("global");
        assertThat(global.path("encoding").asText()).isEqualTo("UTF-8");
        assertThat(global.path("maxBatchSize").asInt()).isEqualTo(200);
        assertThat(texts(global.path("names"))).contains("Account", "Contact", "User");
        JsonNode contact = global.path("contact");
        assertThat(contact.path("keyPrefix").asText()).isEqualTo("003");
        assertThat(contact.path("queryable").asBoolean()).isTrue();
        assertThat(contact.path("urls").path("describe").asText()).isEqualTo("/services/data/v62.0/sobjects/Contact/describe");
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/sobjects"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void describeContactCarriesItsFields() {
        JsonNode contact = result.path("contact");
        assertThat(contact.path("name").asText()).isEqualTo("Contact");
        assertThat(contact.path("keyPrefix").asText()).isEqualTo("003");
        assertThat(texts(contact.path("fieldNames")))
                .contains("Id", "AccountId", "FirstName", "LastName", "Email", "External_Id__c", "Preferred_Channel__c");
        assertThat(contact.path("id").path("type").asText()).isEqualTo("id");
        assertThat(contact.path("accountId").path("type").asText()).isEqualTo("reference");
        assertThat(texts(contact.path("accountId").path("referenceTo"))).containsExactly("Account");
        assertThat(contact.path("accountId").path("relationshipName").asText()).isEqualTo("Account");
        assertThat(contact.path("externalId").path("externalId").asBoolean()).isTrue();
        assertThat(contact.path("channel").path("type").asText()).isEqualTo("picklist");
        assertThat(contact.path("channel").path("picklistValues")).extracting(v -> v.path("value").asText())
                .contains("Email", "Phone");
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/sobjects/Contact/describe"))
                .extracting(RecordedRequest::status).startsWith(200);
    }

    @Test
    void recentItemsAndApiVersionsAreReadable() {
        assertThat(result.path("recent").isArray()).isTrue();
        assertThat(result.path("versions").path("count").asInt()).isPositive();
        JsonNode newest = result.path("versions").path("last");
        assertThat(newest.path("version").asText()).isEqualTo("62.0");
        assertThat(newest.path("url").asText()).isEqualTo("/services/data/v62.0");
        assertThat(newest.path("label").asText()).isNotBlank();
    }

    @Test
    void ifModifiedSinceGivesNotModifiedForUnchangedMetadata() {
        assertThat(result.path("ifModifiedSince").path("future").asText()).as("jsforce's body of a 304").isEmpty();
        assertThat(result.path("ifModifiedSince").path("pastName").asText()).isEqualTo("Contact");
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/sobjects/Contact/describe"))
                .extracting(RecordedRequest::status).containsExactly(200, 304, 200);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
