package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce Connections pinned to API versions: the edges of the supported range (31.0 to the newest), a
 * version-dependent answer (upsert on 45.0) and retired versions.
 */
class ApiVersionsIT {

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(3).contacts(10).build();

    @Test
    void theOldestAndNewestSupportedVersionsAnswer(SalesforceEmulator emulator) {
        String newest = emulator.apiVersion().substring(1);
        JsonNode result = NodeScenario.run(emulator, "api-versions.mjs", Map.of("SF_VERSIONS", "31.0," + newest));

        assertThat(result.path("31.0").path("size").asInt()).isEqualTo(1);
        assertThat(result.path(newest).path("size").asInt()).isEqualTo(1);
        assertThat(emulator.requestLog().requests()).filteredOn(r -> r.path().equals("/services/data/v31.0/query"))
                .extracting(RecordedRequest::status).endsWith(200);
    }

    @Test
    void upsertUpdatesOnApi45AnswerNoContent(SalesforceEmulator emulator) {
        JsonNode result = NodeScenario.run(emulator, "upsert-v45.mjs");

        // before 46.0 an insert answers 201 with the recorded body, which has no 'created'
        assertThat(result.path("inserted").path("success").asBoolean()).isTrue();
        assertThat(result.path("inserted").has("created")).isFalse();
        assertThat(result.path("updated").path("success").asBoolean()).isTrue();
        assertThat(result.path("updated").has("created")).isFalse();
        assertThat(result.path("lastName").asText()).isEqualTo("Forty Five Again");
        assertThat(emulator.requestLog().requests())
                .filteredOn(r -> r.path().equals("/services/data/v45.0/sobjects/Contact/External_Id__c/v45-upsert"))
                .extracting(RecordedRequest::status).endsWith(201, 204);
    }

    @Test
    void retiredVersionsAnswerGone(SalesforceEmulator emulator) {
        JsonNode result = NodeScenario.run(emulator, "api-versions.mjs", Map.of("SF_VERSIONS", "30.0,20.0"));

        assertThat(result.path("30.0").path("failed").asBoolean()).isTrue();
        assertThat(result.path("20.0").path("failed").asBoolean()).isTrue();
        List<RecordedRequest> retired = emulator.requestLog().requests().stream()
                .filter(r -> r.path().equals("/services/data/v30.0/query") || r.path().equals("/services/data/v20.0/query"))
                .toList();
        // Whether the platform checks the session before the version is not documented; after the refresh it is 410.
        assertThat(retired).filteredOn(r -> r.status() != 401).extracting(RecordedRequest::status).containsExactly(410, 410);
    }
}
