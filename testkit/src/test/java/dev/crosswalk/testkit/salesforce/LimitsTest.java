package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void limitsHaveTheRecordedShapeAndAgreeWithTheUsageHeader() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).dailyApiRequests(15_000).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            http.query("SELECT Id FROM Account", token);

            HttpResponse<String> response = http.get(http.data("/limits"), token);

            JsonNode limits = SalesforceHttp.json(response);
            JsonShape.assertContainsShape(Fixtures.json("apache-camel/limits.json"), limits, "$");
            JsonNode daily = limits.get("DailyApiRequests");
            assertThat(daily.get("Max").asLong()).isEqualTo(15_000);
            assertThat(daily.get("Remaining").asLong()).isEqualTo(14_998);
            assertThat(response.headers().firstValue("Sforce-Limit-Info")).contains("api-usage=2/15000");
            assertThat(limits.get("DailyBulkV2QueryJobs").get("Remaining").asInt()).isEqualTo(10_000);
        }
    }

    @Test
    void deletingBulkJobsDoesNotGiveTheDailyAllowanceBack() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            for (int i = 0; i < 2; i++) {
                String query = SalesforceHttp.json(http.json("POST", http.data("/jobs/query"), token,
                        "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account\"}")).get("id").asText();
                String ingest = SalesforceHttp.json(http.json("POST", http.data("/jobs/ingest"), token,
                        "{\"object\":\"Contact\",\"operation\":\"insert\"}")).get("id").asText();
                http.json("PATCH", http.data("/jobs/ingest/" + ingest), token, "{\"state\":\"Aborted\"}");
                assertThat(http.json("DELETE", http.data("/jobs/query/" + query), token, null).statusCode()).isEqualTo(204);
                assertThat(http.json("DELETE", http.data("/jobs/ingest/" + ingest), token, null).statusCode()).isEqualTo(204);
            }

            JsonNode limits = SalesforceHttp.json(http.get(http.data("/limits"), token));

            assertThat(limits.get("DailyBulkV2QueryJobs").get("Remaining").asInt()).isEqualTo(9_998);
            assertThat(limits.get("DailyBulkApiBatches").get("Remaining").asInt()).isEqualTo(14_998);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void requestsBeyondTheConcurrentCapAreRefused() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).concurrentRequestLimit(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.latency(Duration.ofMillis(800)).onRoute("GET", ".*/sobjects/Account/describe").times(1));

            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                    () -> http.get(http.data("/sobjects/Account/describe"), token));
            while (emulator.faults().injected() == 0) {
                Thread.onSpinWait();
            }
            pause(); // the slow request is admitted right after its fault is drawn; give it that moment
            HttpResponse<String> refused = null;
            for (int i = 0; i < 50 && refused == null; i++) {
                HttpResponse<String> attempt = http.query("SELECT Id FROM Account", token);
                if (attempt.statusCode() == 403) {
                    refused = attempt;
                }
            }

            assertThat(slow.join().statusCode()).isEqualTo(200);
            assertThat(refused).isNotNull();
            assertThat(SalesforceHttp.json(refused).get(0).get("message").asText()).isEqualTo("ConcurrentPerOrgLongTxn Limit exceeded.");
            assertThat(List.of(http.query("SELECT Id FROM Account", token).statusCode())).containsExactly(200);
        }
    }
}
