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
 * jsforce's array forms of create/retrieve/update/upsert/destroy, which use sObject Collections
 * ({@code /composite/sobjects}) from API 42.0 on.
 */
class CollectionsIT {

    private static final String COLLECTIONS_PATH = "/services/data/v62.0/composite/sobjects";

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "collections.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void createReportsEachRecordInRequestOrderWithStatusCodeErrors() {
        JsonNode created = result.path("created");
        assertThat(created).hasSize(3);
        assertThat(created.get(0).path("success").asBoolean()).isTrue();
        assertThat(created.get(0).path("id").asText()).matches("003[0-9A-Za-z]{15}");
        assertThat(created.get(1).path("success").asBoolean()).isFalse();
        JsonNode error = created.get(1).path("errors").get(0);
        assertThat(error.path("statusCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.path("fields")).extracting(JsonNode::asText).containsExactly("LastName");
        assertThat(created.get(2).path("success").asBoolean()).isTrue();
        assertThat(requests).filteredOn(r -> r.method().equals("POST") && r.path().equals(COLLECTIONS_PATH))
                .extracting(RecordedRequest::status).containsExactly(200, 200);
    }

    @Test
    void retrieveReturnsTheRequestedFieldsOrEveryDescribedField() {
        JsonNode retrieved = result.path("retrieved");
        assertThat(retrieved).extracting(r -> r.path("LastName").asText()).containsExactly("Liskov", "Dijkstra");
        assertThat(result.path("retrievedAllFieldsKeys")).extracting(JsonNode::asText)
                .contains("Id", "FirstName", "LastName", "External_Id__c");
        assertThat(requests).filteredOn(r -> r.method().equals("POST") && r.path().equals(COLLECTIONS_PATH + "/Contact"))
                .extracting(RecordedRequest::status).containsExactly(200, 200, 200);
    }

    @Test
    void updateAndUpsertWriteEveryRecord() {
        assertThat(result.path("updated")).allSatisfy(r -> assertThat(r.path("success").asBoolean()).isTrue());
        assertThat(result.path("afterUpdate")).extracting(r -> r.path("Title").asText()).containsExactly("Title 0", "Title 1");
        assertThat(result.path("upserted")).extracting(r -> r.path("created").asBoolean()).containsExactly(true, true);
        JsonNode again = result.path("upsertedAgain").get(0);
        assertThat(again.path("created").asBoolean()).isFalse();
        assertThat(again.path("id").asText()).isEqualTo(result.path("upserted").get(0).path("id").asText());
        assertThat(requests).filteredOn(r -> r.method().equals("PATCH"))
                .extracting(r -> r.path() + " " + r.status())
                .containsExactly(COLLECTIONS_PATH + " 200",
                        COLLECTIONS_PATH + "/Contact/External_Id__c 200",
                        COLLECTIONS_PATH + "/Contact/External_Id__c 200");
    }

    @Test
    void allOrNoneRollsBackEveryRecord() {
        JsonNode rolledBack = result.path("rolledBack");
        assertThat(rolledBack.path("threw").asBoolean()).isFalse();
        JsonNode results = rolledBack.path("results");
        assertThat(results.get(0).path("errors").get(0).path("statusCode").asText()).isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(results.get(1).path("errors").get(0).path("statusCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(result.path("rolledBackCount").asInt()).isZero();
    }

    @Test
    void destroyDeletesEveryRecord() {
        assertThat(result.path("destroyed")).hasSize(4)
                .allSatisfy(r -> assertThat(r.path("success").asBoolean()).isTrue());
        assertThat(result.path("remainingAfterDestroy").asInt()).isZero();
        assertThat(requests).filteredOn(r -> r.method().equals("DELETE"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.path()).isEqualTo(COLLECTIONS_PATH);
                    assertThat(r.query()).startsWith("ids=");
                    assertThat(r.status()).isEqualTo(200);
                });
    }
}
