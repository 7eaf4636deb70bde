package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BulkIngestTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().clock(clock).accounts(2).contacts(3).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String open(String body) {
        HttpResponse<String> response = http.json("POST", http.data("/jobs/ingest"), token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode job = SalesforceHttp.json(response);
        assertThat(job.get("state").asText()).isEqualTo("Open");
        assertThat(job.get("contentUrl").asText()).isEqualTo("services/data/v62.0/jobs/ingest/" + job.get("id").asText() + "/batches");
        return job.get("id").asText();
    }

    private JsonNode close(String id) {
        return SalesforceHttp.json(http.json("PATCH", http.data("/jobs/ingest/" + id), token, "{\"state\":\"UploadComplete\"}"));
    }

    @Test
    void insertReportsSuccessfulAndFailedRows() {
        String id = open("{\"object\":\"Contact\",\"operation\":\"insert\",\"lineEnding\":\"CRLF\"}");
        HttpResponse<String> upload = http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token,
                "FirstName,LastName,Email\r\nAda,Lovelace,ada@example.com\r\nNo,,nolast@example.com\r\n\"Quoted, Name\",Hopper,\r\n");

        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(upload.body()).isEmpty();
        assertThat(close(id).get("state").asText()).isEqualTo("UploadComplete");
        JsonNode info = SalesforceHttp.json(http.get(http.data("/jobs/ingest/" + id), token));
        assertThat(info.get("state").asText()).isEqualTo("JobComplete");
        assertThat(info.get("numberRecordsProcessed").asInt()).isEqualTo(3);
        assertThat(info.get("numberRecordsFailed").asInt()).isEqualTo(1);
        assertThat(info.get("jobType").asText()).isEqualTo("V2Ingest");

        String successes = http.get(http.data("/jobs/ingest/" + id + "/successfulResults/"), token).body();
        String failures = http.get(http.data("/jobs/ingest/" + id + "/failedResults/"), token).body();

        String[] ok = successes.split("\r\n");
        assertThat(ok[0]).isEqualTo("\"sf__Id\",\"sf__Created\",FirstName,LastName,Email");
        assertThat(ok).hasSize(3);
        assertThat(ok[1]).matches("\"003[0-9A-Za-z]{15}\",\"true\",\"Ada\",\"Lovelace\",\"ada@example.com\"");
        assertThat(ok[2]).endsWith("\"true\",\"Quoted, Name\",\"Hopper\",\"\"");
        assertThat(failures.split("\r\n")).containsExactly("\"sf__Id\",\"sf__Error\",FirstName,LastName,Email",
                "\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --\",\"No\",\"\",\"nolast@example.com\"");
        JsonNode inserted = SalesforceHttp.json(http.query("SELECT Name FROM Contact WHERE Email = 'ada@example.com'", token));
        assertThat(inserted.get("records").get(0).get("Name").asText()).isEqualTo("Ada Lovelace");
    }

    @Test
    void upsertOfTheJsforceBackquoteFileInsertsEveryRow() {
        String id = open("{\"object\":\"Account\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Id\",\"columnDelimiter\":\"BACKQUOTE\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, Fixtures.text("jsforce/Account_bulk2_test_backquote.csv"));

        close(id);
        String[] ok = http.get(http.data("/jobs/ingest/" + id + "/successfulResults"), token).body().split("\n");

        assertThat(ok[0]).isEqualTo("\"sf__Id\"`\"sf__Created\"`NAME`TYPE`PHONE`WEBSITE`ANNUALREVENUE");
        assertThat(ok).hasSize(11);
        assertThat(ok[1]).startsWith("\"001").contains("`\"true\"`\"account #0\"`");
    }

    @Test
    void relationshipColumnsSetLookupsByExternalId() {
        String id = open("{\"object\":\"Contact\",\"operation\":\"insert\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "LastName,Account.External_Id__c\nLinked,ACC-1\nOrphan,ACC-404\n");

        close(id);
        String failures = http.get(http.data("/jobs/ingest/" + id + "/failedResults"), token).body();
        JsonNode linked = SalesforceHttp.json(http.query("SELECT Account.External_Id__c FROM Contact WHERE LastName = 'Linked'", token));

        assertThat(linked.get("records").get(0).get("Account").get("External_Id__c").asText()).isEqualTo("ACC-1");
        assertThat(failures).contains("INVALID_FIELD:Foreign key external ID: ACC-404 not found for field External_Id__c in entity Account");
    }

    @Test
    void upsertByExternalIdUpdatesExistingRecords() {
        String id = open("{\"object\":\"Contact\",\"operation\":\"upsert\",\"externalIdFieldName\":\"External_Id__c\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "External_Id__c,Title,LastName\nCW-1,Chief,Kept\nNEW-9,New,Person\n");

        close(id);
        String[] ok = http.get(http.data("/jobs/ingest/" + id + "/successfulResults"), token).body().split("\n");

        assertThat(ok[1]).contains("\"false\",\"CW-1\"");
        assertThat(ok[2]).contains("\"true\",\"NEW-9\"");
        JsonNode updated = SalesforceHttp.json(http.query("SELECT Title, SystemModstamp FROM Contact WHERE External_Id__c IN ('CW-1','NEW-9')", token));
        assertThat(updated.get("records")).extracting(r -> r.get("SystemModstamp").asText()).containsOnly("2026-11-28T12:00:00.000+0000");
    }

    @Test
    void updateAndDeleteJobsWorkByIdAndReportUnknownIds() {
        JsonNode contacts = SalesforceHttp.json(http.query("SELECT Id FROM Contact ORDER BY Id", token)).get("records");
        String first = contacts.get(0).get("Id").asText();
        String second = contacts.get(1).get("Id").asText();
        String update = open("{\"object\":\"Contact\",\"operation\":\"update\",\"columnDelimiter\":\"SEMICOLON\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + update + "/batches"), token, "Id;Title\n" + first + ";Updated\n");
        close(update);
        String delete = open("{\"object\":\"Contact\",\"operation\":\"hardDelete\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + delete + "/batches"), token, "Id\n" + second + "\n003Dn0000999999AAA\n");
        close(delete);

        String failed = http.get(http.data("/jobs/ingest/" + delete + "/failedResults"), token).body();
        JsonNode titles = SalesforceHttp.json(http.query("SELECT Title FROM Contact WHERE Id = '" + first + "'", token));
        JsonNode all = SalesforceHttp.json(http.get(http.data("/queryAll?q=") + SalesforceHttp.enc(
                "SELECT Id FROM Contact WHERE Id = '" + second + "'"), token));

        assertThat(titles.get("records").get(0).get("Title").asText()).isEqualTo("Updated");
        assertThat(all.get("totalSize").asInt()).isZero();
        assertThat(failed).contains("\"INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--\"");
    }

    @Test
    void deletingAnAlreadyDeletedRecordIsAnInvalidCrossReferenceButRestStillAnswers404() {
        String recycled = SalesforceHttp.json(http.query("SELECT Id FROM Contact ORDER BY Id LIMIT 1", token))
                .get("records").get(0).get("Id").asText();
        String unknown = "003Dn0000999999AAA";
        assertThat(http.json("DELETE", http.data("/sobjects/Contact/" + recycled), token, null).statusCode()).isEqualTo(204);

        for (String operation : new String[] {"delete", "hardDelete"}) {
            String id = open("{\"object\":\"Contact\",\"operation\":\"" + operation + "\"}");
            http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "Id\n" + recycled + "\n" + unknown + "\n");
            close(id);

            assertThat(http.get(http.data("/jobs/ingest/" + id + "/failedResults"), token).body().split("\n")).as(operation)
                    .containsExactly("\"sf__Id\",\"sf__Error\",Id",
                            "\"" + recycled + "\",\"INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--\",\"" + recycled + "\"",
                            "\"" + unknown + "\",\"INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--\",\"" + unknown + "\"");
        }
        HttpResponse<String> restDelete = http.json("DELETE", http.data("/sobjects/Contact/" + unknown), token, null);
        HttpResponse<String> restGet = http.get(http.data("/sobjects/Contact/" + unknown), token);
        assertThat(restDelete.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(restDelete).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(restGet.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(restGet).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aRowErrorWithoutFieldsEndsInColonDashes() {
        String id = open("{\"object\":\"Contact\",\"operation\":\"insert\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "LastName,Nope__c\nX,1\n");
        close(id);

        String failed = http.get(http.data("/jobs/ingest/" + id + "/failedResults"), token).body();

        assertThat(failed.split("\n")).containsExactly("\"sf__Id\",\"sf__Error\",LastName,Nope__c",
                "\"\",\"INVALID_FIELD:No such column 'Nope__c' on sobject of type Contact:--\",\"X\",\"1\"");
    }

    @Test
    void deleteJobMovesRowsToTheRecycleBinWhereQueryAllStillSeesThem() {
        String victim = SalesforceHttp.json(http.query("SELECT Id FROM Contact ORDER BY Id LIMIT 1", token))
                .get("records").get(0).get("Id").asText();
        String id = open("{\"object\":\"Contact\",\"operation\":\"delete\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "Id\n" + victim + "\n");
        close(id);

        String[] ok = http.get(http.data("/jobs/ingest/" + id + "/successfulResults"), token).body().split("\n");
        JsonNode live = SalesforceHttp.json(http.query("SELECT Id FROM Contact WHERE Id = '" + victim + "'", token));
        JsonNode all = SalesforceHttp.json(http.get(http.data("/queryAll?q=") + SalesforceHttp.enc(
                "SELECT Id, IsDeleted FROM Contact WHERE Id = '" + victim + "'"), token));
        HttpResponse<String> rest = http.get(http.data("/sobjects/Contact/" + victim), token);

        assertThat(ok).containsExactly("\"sf__Id\",\"sf__Created\",Id", "\"" + victim + "\",\"false\",\"" + victim + "\"");
        assertThat(live.get("totalSize").asInt()).isZero();
        assertThat(all.get("totalSize").asInt()).isEqualTo(1);
        assertThat(all.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
        assertThat(rest.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(rest).get(0).get("errorCode").asText()).isEqualTo("ENTITY_IS_DELETED");
    }

    @Test
    void anEmptyOrUnparseableUploadFailsTheJobWithAnErrorMessage() {
        String empty = open("{\"object\":\"Contact\",\"operation\":\"insert\"}");
        String broken = open("{\"object\":\"Contact\",\"operation\":\"insert\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + broken + "/batches"), token, "LastName\n\"Unterminated\n");

        for (String id : new String[] {empty, broken}) {
            assertThat(close(id).get("state").asText()).isEqualTo("Failed");
            JsonNode info = SalesforceHttp.json(http.get(http.data("/jobs/ingest/" + id), token));
            assertThat(info.get("state").asText()).isEqualTo("Failed");
            assertThat(info.get("errorMessage").asText()).isEqualTo("InvalidBatch : Failed to process the uploaded CSV data");
            assertThat(info.get("numberRecordsProcessed").asInt()).isZero();
        }
        assertThat(SalesforceHttp.json(http.query("SELECT COUNT() FROM Contact WHERE LastName = 'Unterminated'", token))
                .get("totalSize").asInt()).isZero();
    }

    @Test
    void abortingAnOpenJobLeavesEveryRowUnprocessed() {
        String id = open("{\"object\":\"Contact\",\"operation\":\"insert\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "LastName\nA\nB\n");

        JsonNode aborted = SalesforceHttp.json(http.json("PATCH", http.data("/jobs/ingest/" + id), token, "{\"state\":\"Aborted\"}"));
        String unprocessed = http.get(http.data("/jobs/ingest/" + id + "/unprocessedrecords/"), token).body();

        assertThat(aborted.get("state").asText()).isEqualTo("Aborted");
        assertThat(unprocessed).isEqualTo("LastName\n\"A\"\n\"B\"\n");
        assertThat(http.json("DELETE", http.data("/jobs/ingest/" + id), token, null).statusCode()).isEqualTo(204);
    }

    @Test
    void multipartCreateUploadsAndClosesInOneRequest() {
        String body = "--BOUNDARY\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"job\"\r\n\r\n"
                + "{\"object\":\"Contact\",\"operation\":\"insert\"}\r\n"
                + "--BOUNDARY\r\nContent-Type: text/csv\r\nContent-Disposition: form-data; name=\"content\"; filename=\"content\"\r\n\r\n"
                + "LastName\nMulti\n\r\n--BOUNDARY--\r\n";
        HttpResponse<String> created = http.send(java.net.http.HttpRequest.newBuilder(http.uri(http.data("/jobs/ingest")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=BOUNDARY")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(SalesforceHttp.json(created).get("state").asText()).isEqualTo("UploadComplete");
        assertThat(SalesforceHttp.json(http.query("SELECT COUNT() FROM Contact WHERE LastName = 'Multi'", token))
                .get("totalSize").asInt()).isEqualTo(1);
    }

    @Test
    void uploadToAClosedJobIsRefused() {
        String id = open("{\"object\":\"Contact\",\"operation\":\"insert\"}");
        http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "LastName\nA\n");
        close(id);

        HttpResponse<String> late = http.csv("PUT", http.data("/jobs/ingest/" + id + "/batches"), token, "LastName\nB\n");

        assertThat(late.statusCode()).isEqualTo(409);
    }

    @Test
    void unknownObjectOrOperationIsAnInvalidJob() {
        HttpResponse<String> object = http.json("POST", http.data("/jobs/ingest"), token, "{\"object\":\"Nope\",\"operation\":\"insert\"}");
        HttpResponse<String> operation = http.json("POST", http.data("/jobs/ingest"), token, "{\"object\":\"Contact\",\"operation\":\"merge\"}");

        assertThat(object.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(operation).get(0).get("errorCode").asText()).isEqualTo("INVALIDJOB");
    }
}
