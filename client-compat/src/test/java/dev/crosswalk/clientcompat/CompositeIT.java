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

/** {@code POST /composite} and {@code /composite/batch} sent through jsforce's {@code conn.requestPost}. */
class CompositeIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "composite.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void compositeResolvesReferencesBetweenSubrequests() {
        JsonNode responses = result.path("composite").path("compositeResponse");
        assertThat(responses).extracting(r -> r.path("referenceId").asText())
                .containsExactly("refAccount", "refContact", "readContact");
        assertThat(responses).extracting(r -> r.path("httpStatusCode").asInt()).containsExactly(201, 201, 200);
        String accountId = responses.get(0).path("body").path("id").asText();
        String contactId = responses.get(1).path("body").path("id").asText();
        assertThat(responses.get(0).path("httpHeaders").path("Location").asText())
                .isEqualTo("/services/data/v62.0/sobjects/Account/" + accountId);
        assertThat(responses.get(2).path("body").path("Id").asText()).isEqualTo(contactId);
        assertThat(responses.get(2).path("body").path("AccountId").asText()).isEqualTo(accountId);
    }

    @Test
    void allOrNoneRollsBackAndHaltsTheOtherSubrequests() {
        JsonNode responses = result.path("failed").path("compositeResponse");
        assertThat(responses).extracting(r -> r.path("httpStatusCode").asInt()).containsExactly(400, 400);
        assertThat(responses.get(0).path("body").get(0).path("errorCode").asText()).isEqualTo("PROCESSING_HALTED");
        assertThat(responses.get(1).path("body").get(0).path("errorCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(result.path("rolledBackCount").asInt()).isZero();
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/composite"))
                .extracting(RecordedRequest::status).containsExactly(200, 200);
    }

    @Test
    void batchRunsIndependentSubrequests() {
        JsonNode batch = result.path("batch");
        assertThat(batch.path("hasErrors").asBoolean()).isTrue();
        assertThat(batch.path("results")).extracting(r -> r.path("statusCode").asInt()).containsExactly(204, 200, 404);
        assertThat(batch.path("results").get(0).path("result").isNull()).isTrue();
        assertThat(batch.path("results").get(1).path("result").path("Title").asText()).isEqualTo("Batched");
        assertThat(batch.path("results").get(2).path("result").get(0).path("errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/composite/batch"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }
}
