package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
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

    @Test
    void onlyRequestsRunningPastTheThresholdCountAgainstTheConcurrentCap() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
        Duration threshold = Duration.ofSeconds(20);
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).clock(clock).concurrentRequestLimit(1)
                .longRunningRequestThreshold(threshold).accessTokenLifetime(Duration.ofDays(365)).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.latency(Duration.ofSeconds(1)).onRoute("GET", ".*/sobjects/Account/describe").times(1));
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                    () -> http.get(http.data("/sobjects/Account/describe"), token));
            while (emulator.faults().injected() == 0) {
                Thread.onSpinWait();
            }

            HttpResponse<String> whileShort = http.query("SELECT Id FROM Account", token);
            HttpResponse<String> whileLong = untilRefused(() -> {
                clock.advance(threshold);
                return http.query("SELECT Id FROM Account", token);
            }, slow);

            assertThat(whileShort.statusCode()).as(whileShort.body()).isEqualTo(200);
            assertThat(whileLong.statusCode()).isEqualTo(403);
            assertThat(SalesforceHttp.json(whileLong).get(0).get("message").asText()).isEqualTo("ConcurrentPerOrgLongTxn Limit exceeded.");
            assertThat(slow.join().statusCode()).isEqualTo(200);
            assertThat(http.query("SELECT Id FROM Account", token).statusCode()).isEqualTo(200);
        }
    }

    /**
     * Repeats {@code attempt} until it is refused or {@code slow} is done. The slow request is admitted just after its
     * fault is drawn; until then moving the clock makes nothing long-running, so the first attempts may pass.
     */
    private static HttpResponse<String> untilRefused(Supplier<HttpResponse<String>> attempt,
            CompletableFuture<HttpResponse<String>> slow) {
        HttpResponse<String> last = attempt.get();
        while (last.statusCode() != 403 && !slow.isDone()) {
            last = attempt.get();
        }
        return last;
    }
}
