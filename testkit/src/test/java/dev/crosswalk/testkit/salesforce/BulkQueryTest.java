package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BulkQueryTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().clock(clock).bulkProcessingTime(Duration.ofSeconds(10))
                .accounts(5).contacts(25_000).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode createJob(String body) {
        HttpResponse<String> response = http.json("POST", http.data("/jobs/query"), token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SalesforceHttp.json(response);
    }

    private JsonNode info(String id) {
        return SalesforceHttp.json(http.get(http.data("/jobs/query/" + id), token));
    }

    @Test
    void jobMovesFromUploadCompleteThroughInProgressToJobComplete() {
        JsonNode created = createJob("{\"operation\":\"query\",\"query\":\"SELECT Id FROM Contact\"}");

        assertThat(JsonShape.fieldNames(created)).containsExactly("id", "operation", "object", "createdById", "createdDate",
                "systemModstamp", "state", "concurrencyMode", "contentType", "apiVersion", "lineEnding", "columnDelimiter");
        assertThat(created.get("state").asText()).isEqualTo("UploadComplete");
        assertThat(created.get("apiVersion").isNumber()).isTrue();
        assertThat(created.get("id").asText()).startsWith("750").hasSize(18);
        String id = created.get("id").asText();
        clock.advance(Duration.ofSeconds(3));
        assertThat(info(id).get("state").asText()).isEqualTo("InProgress");
        HttpResponse<String> early = http.get(http.data("/jobs/query/" + id + "/results"), token);
        assertThat(early.statusCode()).isEqualTo(412);
        assertThat(SalesforceHttp.json(early).get(0).get("errorCode").asText()).isEqualTo("JOB_NOT_COMPLETE");
        clock.advance(Duration.ofSeconds(7));
        JsonNode done = info(id);
        assertThat(done.get("state").asText()).isEqualTo("JobComplete");
        assertThat(done.get("jobType").asText()).isEqualTo("V2Query");
        assertThat(done.get("numberRecordsProcessed").asLong()).isEqualTo(25_000);
    }

    @Test
    void resultsArePagedByMaxRecordsUntilTheLocatorIsNull() {
        String id = createJob("{\"operation\":\"query\",\"query\":\"SELECT Id, Name, Account.Name FROM Contact\"}").get("id").asText();
        clock.advance(Duration.ofSeconds(10));

        List<String> ids = new ArrayList<>();
        String locator = "";
        int pages = 0;
        do {
            HttpResponse<String> page = http.get(http.data("/jobs/query/" + id + "/results?maxRecords=10000"
                    + (locator.isEmpty() ? "" : "&locator=" + locator)), token);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
            String[] lines = page.body().split("\n");
            assertThat(lines[0]).isEqualTo("\"Id\",\"Name\",\"Account.Name\"");
            assertThat(page.headers().firstValue("Sforce-NumberOfRecords")).contains(Integer.toString(lines.length - 1));
            for (int i = 1; i < lines.length; i++) {
                assertThat(lines[i]).matches("\"003[0-9A-Za-z]{15}\",\"[^\"]+\",\"[^\"]+\"");
                ids.add(lines[i].substring(1, 19));
            }
            locator = page.headers().firstValue("Sforce-Locator").orElseThrow();
            pages++;
        } while (!locator.equals("null"));

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(25_000).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void resultPagesListUrlsThatTogetherCoverTheResult() {
        String id = createJob("{\"operation\":\"query\",\"query\":\"SELECT Id FROM Contact\"}").get("id").asText();
        clock.advance(Duration.ofSeconds(10));

        JsonNode listing = SalesforceHttp.json(http.get(http.data("/jobs/query/" + id + "/resultPages"), token));

        assertThat(listing.get("done").asBoolean()).isTrue();
        JsonNode pages = listing.get("resultPages");
        assertThat(pages).hasSize(1);
        HttpResponse<String> page = http.get(pages.get(0).get("resultUrl").asText(), token);
        assertThat(page.headers().firstValue("Sforce-NumberOfRecords")).contains("25000");
    }

    @Test
    void withoutMaxRecordsTheWholeResultIsOnePage() {
        String id = createJob("{\"operation\":\"query\",\"query\":\"SELECT Id FROM Contact WHERE Preferred_Channel__c = 'SMS'\","
                + "\"columnDelimiter\":\"PIPE\",\"lineEnding\":\"CRLF\"}").get("id").asText();
        clock.advance(Duration.ofSeconds(10));

        HttpResponse<String> page = http.get(http.data("/jobs/query/" + id + "/results"), token);

        long expected = SalesforceHttp.json(http.query("SELECT COUNT() FROM Contact WHERE Preferred_Channel__c = 'SMS'", token))
                .get("totalSize").asLong();
        assertThat(page.headers().firstValue("Sforce-Locator")).contains("null");
        assertThat(page.headers().firstValue("Sforce-NumberOfRecords")).contains(Long.toString(expected));
        assertThat(page.body()).startsWith("\"Id\"\r\n").endsWith("\r\n");
        assertThat(page.body().split("\r\n")).hasSize((int) expected + 1);
    }

    @Test
    void nullsAreEmptyQuotedValuesAndQuotesAreDoubled() {
        http.json("POST", http.data("/sobjects/Contact"), token, "{\"LastName\":\"O\\\"Hara\",\"External_Id__c\":\"Q-1\"}");
        String id = createJob("{\"operation\":\"query\",\"query\":\"SELECT LastName, Title FROM Contact WHERE External_Id__c = 'Q-1'\"}")
                .get("id").asText();
        clock.advance(Duration.ofSeconds(10));

        String body = http.get(http.data("/jobs/query/" + id + "/results"), token).body();

        assertThat(body).isEqualTo("\"LastName\",\"Title\"\n\"O\"\"Hara\",\"\"\n");
    }

    @Test
    void abortedJobCanBeDeletedAndIsThenGone() {
        String id = createJob("{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account\"}").get("id").asText();

        JsonNode aborted = SalesforceHttp.json(http.json("PATCH", http.data("/jobs/query/" + id), token, "{\"state\":\"Aborted\"}"));
        HttpResponse<String> deleted = http.json("DELETE", http.data("/jobs/query/" + id), token, null);

        assertThat(aborted.get("state").asText()).isEqualTo("Aborted");
        assertThat(deleted.statusCode()).isEqualTo(204);
        HttpResponse<String> gone = http.get(http.data("/jobs/query/" + id), token);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(gone).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void subqueriesAreRefusedAndBadSoqlFailsAtCreation() {
        HttpResponse<String> subquery = http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"SELECT Id, (SELECT Id FROM Contacts) FROM Account\"}");
        HttpResponse<String> invalid = http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"SELECT Nope FROM Account\"}");

        assertThat(subquery.statusCode()).isEqualTo(400);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(invalid).get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void expiredSessionIsRefusedLikeRest() {
        emulator.expireAccessTokens();

        HttpResponse<String> response = http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"SELECT Id FROM Account\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(SalesforceHttp.json(response)).isEqualTo(Fixtures.json("restforce/expired_session_response.json"));
    }
}
