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

/** jsforce's {@code conn.limits()} against the emulator's {@code /limits}. */
class LimitsIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(7).contacts(20).dailyApiRequests(15_000).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "limits.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void everyLimitHasMaxAndRemaining() {
        JsonNode limits = result.path("limits");
        assertThat(limits.size()).isGreaterThan(5);
        limits.properties().forEach(limit -> {
            assertThat(limit.getValue().path("Max").isNumber()).as(limit.getKey() + ".Max").isTrue();
            assertThat(limit.getValue().path("Remaining").isNumber()).as(limit.getKey() + ".Remaining").isTrue();
        });
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/limits"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void dailyApiRequestsAgreesWithTheApiUsageHeader() {
        JsonNode daily = result.path("limits").path("DailyApiRequests");
        JsonNode header = result.path("headerUsage");
        assertThat(daily.path("Max").asLong()).isEqualTo(15_000).isEqualTo(header.path("limit").asLong());
        assertThat(daily.path("Max").asLong() - daily.path("Remaining").asLong()).isEqualTo(header.path("used").asLong());
    }

    @Test
    void dailyBulkQueryJobsCountTheJobJustRun() {
        assertThat(result.path("bulkRows").asInt()).isEqualTo(7);
        JsonNode jobs = result.path("limits").path("DailyBulkV2QueryJobs");
        assertThat(jobs.path("Max").asLong() - jobs.path("Remaining").asLong()).isEqualTo(1);
    }
}
