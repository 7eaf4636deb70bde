package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Fault#failQueryJob()}: a Bulk query job that ends in Failed, and gives no results. */
class BulkQueryJobFailureTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().clock(clock).bulkProcessingTime(Duration.ofSeconds(10))
                .accounts(2).contacts(5).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode createJob() {
        HttpResponse<String> created = http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Contact\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return SalesforceHttp.json(created);
    }

    private JsonNode info(String id) {
        return SalesforceHttp.json(http.get(http.data("/jobs/query/" + id), token));
    }

    @Test
    void faultedJobRunsThenFailsAndGivesNoResults() {
        emulator.faults().add(Fault.failQueryJob().times(1));

        JsonNode created = createJob();
        String id = created.get("id").asText();
        clock.advance(Duration.ofSeconds(3));
        String during = info(id).get("state").asText();
        clock.advance(Duration.ofSeconds(7));
        JsonNode failed = info(id);
        HttpResponse<String> results = http.get(http.data("/jobs/query/" + id + "/results"), token);
        HttpResponse<String> pages = http.get(http.data("/jobs/query/" + id + "/resultPages"), token);

        assertThat(created.get("state").asText()).isEqualTo("UploadComplete");
        assertThat(during).isEqualTo("InProgress");
        assertThat(failed.get("state").asText()).isEqualTo("Failed");
        assertThat(failed.get("systemModstamp").asText()).isEqualTo("2026-11-28T12:00:10.000+0000");
        assertThat(failed.get("numberRecordsProcessed").asLong()).isZero();
        assertThat(failed.has("errorMessage")).isFalse();
        assertThat(results.statusCode()).isEqualTo(412);
        assertThat(SalesforceHttp.json(results).get(0).get("errorCode").asText()).isEqualTo("JOB_NOT_COMPLETE");
        assertThat(SalesforceHttp.json(results).get(0).get("message").asText()).endsWith("Current status: FAILED");
        assertThat(pages.statusCode()).isEqualTo(412);
        JsonNode listed = SalesforceHttp.json(http.get(http.data("/jobs/query"), token)).get("records").get(0);
        assertThat(listed.get("state").asText()).isEqualTo("Failed");
        assertThat(http.json("DELETE", http.data("/jobs/query/" + id), token, null).statusCode()).isEqualTo(204);
    }

    @Test
    void onlyTheGivenNumberOfJobsFailAndOtherRequestsAreUntouched() {
        emulator.faults().add(Fault.failQueryJob().times(1));

        HttpResponse<String> rest = http.query("SELECT Id FROM Contact", token);
        String ingest = SalesforceHttp.json(http.json("POST", http.data("/jobs/ingest"), token,
                "{\"object\":\"Contact\",\"operation\":\"insert\"}")).get("state").asText();
        String first = createJob().get("id").asText();
        String second = createJob().get("id").asText();
        clock.advance(Duration.ofSeconds(10));

        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(ingest).isEqualTo("Open");
        assertThat(info(first).get("state").asText()).isEqualTo("Failed");
        assertThat(info(second).get("state").asText()).isEqualTo("JobComplete");
        assertThat(info(second).get("numberRecordsProcessed").asLong()).isEqualTo(5);
        assertThat(emulator.faults().injected()).isEqualTo(1);
    }
}
