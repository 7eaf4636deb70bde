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

/** Which state changes and deletions the platform allows for Bulk API 2.0 query and ingest jobs, and job lists. */
class BulkJobLifecycleTest {

    private static final String NOT_TERMINATED = "Error encountered when deleting the job because the job is not terminated";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().clock(clock).bulkProcessingTime(Duration.ofSeconds(10))
                .accounts(2).contacts(3).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String createQueryJob() {
        return SalesforceHttp.json(http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Contact\"}")).get("id").asText();
    }

    private String openIngestJob() {
        return SalesforceHttp.json(http.json("POST", http.data("/jobs/ingest"), token,
                "{\"object\":\"Contact\",\"operation\":\"insert\"}")).get("id").asText();
    }

    private JsonNode closeIngestJob(String id) {
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "LastName\nLifecycle\n");
        return SalesforceHttp.json(http.json("PATCH", http.data("/jobs/ingest/" + id), token, "{\"state\":\"UploadComplete\"}"));
    }

    private HttpResponse<String> delete(String kind, String id) {
        return http.json("DELETE", http.data("/jobs/" + kind + "/" + id), token, null);
    }

    private HttpResponse<String> abort(String kind, String id) {
        return http.json("PATCH", http.data("/jobs/" + kind + "/" + id), token, "{\"state\":\"Aborted\"}");
    }

    private String state(String kind, String id) {
        return SalesforceHttp.json(http.get(http.data("/jobs/" + kind + "/" + id), token)).get("state").asText();
    }

    private static void assertRefused(HttpResponse<String> response, String errorCode, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = SalesforceHttp.json(response).get(0);
        assertThat(error.get("errorCode").asText()).isEqualTo(errorCode);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void ingestJobCanBeDeletedWhileUploadComplete() {
        String id = openIngestJob();

        assertThat(closeIngestJob(id).get("state").asText()).isEqualTo("UploadComplete");
        assertThat(state("ingest", id)).isEqualTo("UploadComplete");
        HttpResponse<String> deleted = delete("ingest", id);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(http.get(http.data("/jobs/ingest/" + id), token).statusCode()).isEqualTo(404);
    }

    @Test
    void ingestJobCannotBeDeletedWhileOpenOrInProgress() {
        String id = openIngestJob();

        assertRefused(delete("ingest", id), "API_ERROR", NOT_TERMINATED);
        closeIngestJob(id);
        clock.advance(Duration.ofSeconds(3));
        assertThat(state("ingest", id)).isEqualTo("InProgress");
        assertRefused(delete("ingest", id), "API_ERROR", NOT_TERMINATED);
        clock.advance(Duration.ofSeconds(7));
        assertThat(delete("ingest", id).statusCode()).isEqualTo(204);
    }

    @Test
    void queryJobCannotBeDeletedUntilItHasFinished() {
        String id = createQueryJob();

        assertRefused(delete("query", id), "API_ERROR", NOT_TERMINATED);
        clock.advance(Duration.ofSeconds(3));
        assertThat(state("query", id)).isEqualTo("InProgress");
        assertRefused(delete("query", id), "API_ERROR", NOT_TERMINATED);
        clock.advance(Duration.ofSeconds(7));
        assertThat(delete("query", id).statusCode()).isEqualTo(204);
    }

    @Test
    void jobListsHoldTheJobsOfTheirKindInThePlatformsShape() {
        String query = createQueryJob();
        String ingest = openIngestJob();

        JsonNode queries = SalesforceHttp.json(http.get(http.data("/jobs/query"), token));
        JsonNode ingests = SalesforceHttp.json(http.get(http.data("/jobs/ingest"), token));

        for (JsonNode list : new JsonNode[] {queries, ingests}) {
            assertThat(JsonShape.fieldNames(list)).containsExactly("done", "records", "nextRecordsUrl");
            assertThat(list.get("done").asBoolean()).isTrue();
            assertThat(list.get("nextRecordsUrl").isNull()).isTrue();
            assertThat(list.get("records")).hasSize(1);
            assertThat(JsonShape.fieldNames(list.get("records").get(0))).containsExactly("id", "operation", "object",
                    "createdById", "createdDate", "systemModstamp", "state", "concurrencyMode", "contentType", "apiVersion",
                    "lineEnding", "columnDelimiter", "jobType");
        }
        JsonNode queryJob = queries.get("records").get(0);
        JsonNode ingestJob = ingests.get("records").get(0);
        assertThat(queryJob.get("id").asText()).isEqualTo(query);
        assertThat(queryJob.get("operation").asText()).isEqualTo("query");
        assertThat(queryJob.get("state").asText()).isEqualTo("UploadComplete");
        assertThat(queryJob.get("jobType").asText()).isEqualTo("V2Query");
        assertThat(ingestJob.get("id").asText()).isEqualTo(ingest);
        assertThat(ingestJob.get("operation").asText()).isEqualTo("insert");
        assertThat(ingestJob.get("object").asText()).isEqualTo("Contact");
        assertThat(ingestJob.get("state").asText()).isEqualTo("Open");
        assertThat(ingestJob.get("jobType").asText()).isEqualTo("V2Ingest");
    }

    @Test
    void abortingACompletedJobIsRefused() {
        String query = createQueryJob();
        String ingest = openIngestJob();
        closeIngestJob(ingest);
        clock.advance(Duration.ofSeconds(10));

        assertRefused(abort("query", query), "INVALIDJOBSTATE", "Aborting already Completed Job not allowed");
        assertRefused(abort("ingest", ingest), "INVALIDJOBSTATE", "Aborting already Completed Job not allowed");
        assertThat(state("query", query)).isEqualTo("JobComplete");
        assertThat(state("ingest", ingest)).isEqualTo("JobComplete");
    }
}
