package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce's Bulk API 2.0 client: {@code conn.bulk2.query} (read as records, also with {@code scanAll}) and
 * {@code conn.bulk2.loadAndWaitForResults} for an insert with one failing row and an upsert with a non-default
 * delimiter and line ending.
 */
class Bulk2IT {

    private static final long CONTACTS = 4_500;
    private static final String JOBS_PATH = "/services/data/v62.0/jobs";

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(20).contacts(CONTACTS).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "bulk2.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void everyQueryJobReturnsItsRecordsInOneResultPage() {
        JsonNode query = result.path("query");
        assertThat(query.path("count").asLong()).isEqualTo(CONTACTS);
        JsonNode first = query.path("first");
        assertThat(first.path("Id").asText()).matches("003[0-9A-Za-z]{15}");
        assertThat(first.path("LastName").asText()).isNotBlank();
        assertThat(fieldNames(first)).containsExactly("Id", "FirstName", "LastName", "Email");
        // jsforce stops when Sforce-Locator is the string "null"; a second page would break its stream.
        List<RecordedRequest> results = requests.stream()
                .filter(r -> r.path().startsWith(JOBS_PATH + "/query/") && r.path().endsWith("/results"))
                .toList();
        assertThat(results).extracting(RecordedRequest::status).containsExactly(200, 200, 200);
        assertThat(results).extracting(RecordedRequest::query).containsOnly("");
        assertThat(requests).filteredOn(r -> r.method().equals("POST") && r.path().equals(JOBS_PATH + "/query"))
                .extracting(RecordedRequest::status).containsExactly(200, 200, 200);
    }

    @Test
    void ingestJobReportsSuccessfulAndFailedRows() {
        JsonNode load = result.path("load");
        JsonNode successful = load.path("successfulResults");
        assertThat(successful).hasSize(2);
        assertThat(successful).extracting(r -> r.path("LastName").asText()).containsExactlyInAnyOrder("Hopper", "Turing");
        successful.forEach(row -> {
            assertThat(row.path("sf__Id").asText()).matches("003[0-9A-Za-z]{15}");
            assertThat(row.path("sf__Created").asText()).isEqualTo("true");
        });
        JsonNode failed = load.path("failedResults");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("FirstName").asText()).isEqualTo("Missing");
        assertThat(failed.get(0).path("sf__Id").asText()).isEmpty();
        assertThat(failed.get(0).path("sf__Error").asText()).startsWith("REQUIRED_FIELD_MISSING:");
        assertThat(load.path("unprocessedRecords")).isEmpty();

        assertThat(requests).filteredOn(r -> r.method().equals("POST") && r.path().equals(JOBS_PATH + "/ingest"))
                .hasSize(2);
        assertThat(requests).filteredOn(r -> r.method().equals("PUT"))
                .extracting(RecordedRequest::status).containsExactly(201, 201);
    }

    @Test
    void insertedRowsAreVisibleToSoql() {
        JsonNode inserted = result.path("inserted");
        assertThat(inserted).extracting(r -> r.path("LastName").asText()).containsExactly("Hopper", "Turing");
        List<String> ids = new ArrayList<>();
        result.path("load").path("successfulResults").forEach(r -> ids.add(r.path("sf__Id").asText()));
        assertThat(inserted).extracting(r -> r.path("Id").asText()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void upsertJobHonoursTheDelimiterAndLineEndingOfTheJob() {
        JsonNode upsert = result.path("upsert");
        assertThat(upsert.path("failedResults")).isEmpty();
        assertThat(upsert.path("successfulResults"))
                .extracting(r -> r.path("External_Id__c").asText() + "|" + r.path("LastName").asText() + "|"
                        + r.path("sf__Created").asText())
                .containsExactlyInAnyOrder("bulk-up-1|Lovelace|true", "bulk-up-2|Semi;colon|true");
    }

    @Test
    void queryAllJobSeesADeletedRecordThatAQueryJobDoesNot() {
        assertThat(result.path("scanned"))
                .extracting(r -> r.path("LastName").asText() + "|" + r.path("IsDeleted").asText())
                .containsExactly("Lovelace|true", "Semi;colon|false");
        assertThat(result.path("live"))
                .extracting(r -> r.path("LastName").asText() + "|" + r.path("IsDeleted").asText())
                .containsExactly("Semi;colon|false");
    }

    @Test
    void jsforcePollsJobsThatTakeTimeAndGivesUpAfterItsPollTimeout() {
        try (SalesforceEmulator slow = SalesforceEmulator.builder().port(0).seed(42L).accounts(5).contacts(20)
                .bulkProcessingTime(Duration.ofMillis(300)).start()) {
            JsonNode run = NodeScenario.run(slow, "bulk2-poll.mjs");

            assertThat(run.path("timedOut").path("name").asText()).isEqualTo("JobPollingTimeout");
            assertThat(run.path("rows").asInt()).isEqualTo(5);
            assertThat(run.path("loaded").asInt()).isEqualTo(1);
            List<RecordedRequest> polls = slow.requestLog().requests().stream()
                    .filter(r -> r.method().equals("GET") && r.path().matches(Pattern.quote(JOBS_PATH) + "/(query|ingest)/750[0-9A-Za-z]{15}"))
                    .toList();
            assertThat(polls).extracting(RecordedRequest::status).containsOnly(200);
            assertThat(polls.stream().map(RecordedRequest::path).distinct().count()).as("three jobs polled").isEqualTo(3);
            assertThat(polls.size()).as("jobs were polled more than once each").isGreaterThan(3);
        }
    }

    @Test
    void jobObjectsOpenAbortCheckDeleteAndRunStepByStep() {
        try (SalesforceEmulator small = SalesforceEmulator.builder().port(0).seed(42L).accounts(5).contacts(20).start()) {
            JsonNode run = NodeScenario.run(small, "bulk2-jobs.mjs");

            JsonNode opened = run.path("opened");
            String id = opened.path("id").asText();
            assertThat(id).matches("750[0-9A-Za-z]{15}");
            assertThat(opened.path("state").asText()).isEqualTo("Open");
            assertThat(opened.path("contentUrl").asText()).isEqualTo("services/data/v62.0/jobs/ingest/" + id + "/batches");
            assertThat(opened.path("contentType").asText()).isEqualTo("CSV");
            assertThat(opened.path("columnDelimiter").asText()).isEqualTo("COMMA");
            assertThat(opened.path("lineEnding").asText()).isEqualTo("LF");
            assertThat(run.path("aborted").path("state").asText()).isEqualTo("Aborted");
            assertThat(run.path("checkedAborted").path("state").asText()).isEqualTo("Aborted");
            assertThat(run.path("checkedAborted").path("jobType").asText()).isEqualTo("V2Ingest");
            assertThat(run.path("afterDelete").path("errorCode").asText()).isEqualTo("NOT_FOUND");

            JsonNode complete = run.path("complete");
            assertThat(complete.path("state").asText()).isEqualTo("JobComplete");
            assertThat(complete.path("numberRecordsProcessed").asInt()).isEqualTo(1);
            assertThat(complete.path("numberRecordsFailed").asInt()).isZero();
            assertThat(run.path("successful")).singleElement().satisfies(row -> {
                assertThat(row.path("sf__Created").asText()).isEqualTo("true");
                assertThat(row.path("LastName").asText()).isEqualTo("Stepwise");
            });
            assertThat(run.path("failed")).isEmpty();
            assertThat(run.path("unprocessed")).isEmpty();
            assertThat(small.requestLog().requests()).filteredOn(r -> r.method().equals("DELETE"))
                    .extracting(r -> r.path() + " " + r.status())
                    .containsExactly(JOBS_PATH + "/ingest/" + id + " 204");
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
