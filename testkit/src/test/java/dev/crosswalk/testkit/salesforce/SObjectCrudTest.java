package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SObjectCrudTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().clock(clock).accounts(3).contacts(10).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return http.json(method, http.data(path), token, body);
    }

    private String firstAccountId() {
        return SalesforceHttp.json(http.query("SELECT Id FROM Account LIMIT 1", token)).get("records").get(0).get("Id").asText();
    }

    @Test
    void createAnswersTheRecordedShapeAndTheRecordCanBeRead() {
        HttpResponse<String> created = call("POST", "/sobjects/Contact",
                "{\"FirstName\":\"Grace\",\"LastName\":\"Hopper\",\"AccountId\":\"" + firstAccountId() + "\",\"LTV_Score__c\":12.5}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = SalesforceHttp.json(created);
        assertThat(JsonShape.fieldNames(body)).containsExactlyElementsOf(
                JsonShape.fieldNames(Fixtures.json("restforce/create_success_response.json")));
        String id = body.get("id").asText();
        JsonNode record = SalesforceHttp.json(call("GET", "/sobjects/Contact/" + id, null));
        assertThat(record.get("Name").asText()).isEqualTo("Grace Hopper");
        assertThat(record.get("LTV_Score__c").asDouble()).isEqualTo(12.5);
        assertThat(record.get("CreatedDate").asText()).isEqualTo("2026-11-28T12:00:00.000+0000");
        assertThat(record.get("attributes").get("url").asText()).isEqualTo("/services/data/v62.0/sobjects/Contact/" + id);
        JsonShape.assertContainsShape(Fixtures.json("restforce/sobject_find_success_response.json").get("attributes"),
                record.get("attributes"), "$.attributes");
        assertThat(record.get("IsDeleted").isBoolean()).isTrue();
    }

    @Test
    void retrieveWithFieldsReturnsOnlyThoseFields() {
        JsonNode record = SalesforceHttp.json(call("GET", "/sobjects/Account/" + firstAccountId() + "?fields=Name,Industry", null));

        assertThat(JsonShape.fieldNames(record)).containsExactly("attributes", "Id", "Name", "Industry");
        JsonShape.assertContainsShape(Fixtures.json("restforce/sobject_select_success_response.json").get("attributes"),
                record.get("attributes"), "$.attributes");
    }

    @Test
    void updateStampsTheModificationAndDeleteHidesTheRecord() {
        String id = firstAccountId();
        clock.advance(Duration.ofMinutes(5));

        assertThat(call("PATCH", "/sobjects/Account/" + id, "{\"Name\":\"Renamed\"}").statusCode()).isEqualTo(204);
        JsonNode record = SalesforceHttp.json(call("GET", "/sobjects/Account/" + id, null));
        assertThat(record.get("Name").asText()).isEqualTo("Renamed");
        assertThat(record.get("SystemModstamp").asText()).isEqualTo("2026-11-28T12:05:00.000+0000");

        assertThat(call("DELETE", "/sobjects/Account/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> again = call("DELETE", "/sobjects/Account/" + id, null);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(again).get(0).get("errorCode").asText()).isEqualTo("ENTITY_IS_DELETED");
        assertThat(SalesforceHttp.json(http.query("SELECT COUNT() FROM Account", token)).get("totalSize").asInt()).isEqualTo(2);
        JsonNode all = SalesforceHttp.json(http.get(http.data("/queryAll?q=") + SalesforceHttp.enc(
                "SELECT Id, IsDeleted FROM Account WHERE Id = '" + id + "'"), token));
        assertThat(all.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }

    @Test
    void unknownRecordAndUnknownTypeAreTheRecordedNotFound() {
        HttpResponse<String> record = call("GET", "/sobjects/Account/001Dn0000999999AAA", null);
        HttpResponse<String> type = call("GET", "/sobjects/Whizbang/describe", null);

        assertThat(record.statusCode()).isEqualTo(404);
        assertThat(type.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(type)).isEqualTo(Fixtures.json("restforce/sobject_describe_error_response.json"));
    }

    @Test
    void everyMethodOnAnUnknownRecordAnswersTheRecordedNotFoundBody() {
        String path = "/sobjects/Account/001Dn0000999999AAA";
        JsonNode recorded = Fixtures.json("restforce/sobject_describe_error_response.json");

        for (HttpResponse<String> response : java.util.List.of(call("GET", path, null),
                call("PATCH", path, "{\"Name\":\"X\"}"), call("DELETE", path, null))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(SalesforceHttp.json(response)).as(response.request().method()).isEqualTo(recorded);
        }
    }

    @Test
    void eighteenCharacterIdsFindTheirRecordInAnyCase() {
        String id = firstAccountId();

        HttpResponse<String> lower = call("GET", "/sobjects/Account/" + id.toLowerCase(java.util.Locale.ROOT), null);
        JsonNode queried = SalesforceHttp.json(http.query("SELECT Id FROM Account WHERE Id = '"
                + id.toUpperCase(java.util.Locale.ROOT) + "'", token));

        assertThat(lower.statusCode()).as(lower.body()).isEqualTo(200);
        assertThat(SalesforceHttp.json(lower).get("Id").asText()).isEqualTo(id);
        assertThat(queried.get("records")).extracting(r -> r.get("Id").asText()).containsExactly(id);
    }

    @Test
    void unknownFieldInABodyIsTheRecordedWriteError() {
        HttpResponse<String> response = call("POST", "/sobjects/Contact", "{\"LastName\":\"X\",\"foo\":1}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = SalesforceHttp.json(response).get(0);
        JsonShape.assertContainsShape(Fixtures.json("restforce/write_error_response.json").get(0), error, "$[0]");
        assertThat(error.get("message").asText()).isEqualTo("No such column 'foo' on sobject of type Contact");
    }

    @Test
    void lookupsCanBeSetByTheParentsExternalId() {
        String accountId = SalesforceHttp.json(http.query("SELECT Id FROM Account WHERE External_Id__c = 'ACC-2'", token))
                .get("records").get(0).get("Id").asText();

        HttpResponse<String> created = call("POST", "/sobjects/Contact", "{\"LastName\":\"Ref\",\"Account\":{\"External_Id__c\":\"ACC-2\"}}");
        HttpResponse<String> missing = call("POST", "/sobjects/Contact", "{\"LastName\":\"Ref\",\"Account\":{\"External_Id__c\":\"ACC-999\"}}");

        String id = SalesforceHttp.json(created).get("id").asText();
        assertThat(SalesforceHttp.json(call("GET", "/sobjects/Contact/" + id + "?fields=AccountId", null)).get("AccountId").asText())
                .isEqualTo(accountId);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(missing).get(0).get("message").asText())
                .isEqualTo("Foreign key external ID: ACC-999 not found for field External_Id__c in entity Account");
    }

    @Test
    void missingRequiredFieldNamesTheField() {
        JsonNode error = SalesforceHttp.json(call("POST", "/sobjects/Contact", "{\"FirstName\":\"Only\"}")).get(0);

        assertThat(error.get("errorCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.get("message").asText()).isEqualTo("Required fields are missing: [LastName]");
        assertThat(error.get("fields").get(0).asText()).isEqualTo("LastName");
    }

    @Test
    void upsertCreatesThenUpdatesThenReportsSeveralMatches() {
        HttpResponse<String> created = call("PATCH", "/sobjects/Contact/External_Id__c/NEW-1", "{\"LastName\":\"Fresh\"}");
        HttpResponse<String> updated = call("PATCH", "/sobjects/Contact/External_Id__c/NEW-1", "{\"Title\":\"CTO\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(SalesforceHttp.json(created).get("created").asBoolean()).isTrue();
        JsonShape.assertContainsShape(Fixtures.json("restforce/upsert_created_success_response.json"), SalesforceHttp.json(created), "$");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(SalesforceHttp.json(updated).get("created").asBoolean()).isFalse();
        assertThat(SalesforceHttp.json(updated).get("id")).isEqualTo(SalesforceHttp.json(created).get("id"));

        call("POST", "/sobjects/Contact", "{\"LastName\":\"Twin\",\"External_Id__c\":\"NEW-1\"}");
        HttpResponse<String> ambiguous = call("PATCH", "/sobjects/Contact/External_Id__c/NEW-1", "{\"Title\":\"CEO\"}");
        assertThat(ambiguous.statusCode()).isEqualTo(300);
        assertThat(SalesforceHttp.json(ambiguous)).hasSize(2);
        JsonShape.assertContainsShape(Fixtures.json("restforce/upsert_multiple_error_response.json"), SalesforceHttp.json(ambiguous), "$");
        assertThat(SalesforceHttp.json(ambiguous).get(0).asText()).startsWith("/services/data/v62.0/sobjects/Contact/003");
    }

    @Test
    void upsertBeforeVersion46AnswersTheRecordedBodyWithoutCreated() {
        String path = "/services/data/v45.0/sobjects/Contact/External_Id__c/OLD-1";
        HttpResponse<String> created = http.json("PATCH", path, token, "{\"LastName\":\"Legacy\"}");
        HttpResponse<String> updated = http.json("PATCH", path, token, "{\"Title\":\"CFO\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JsonShape.fieldNames(SalesforceHttp.json(created))).containsExactlyElementsOf(
                JsonShape.fieldNames(Fixtures.json("restforce/upsert_created_success_response.json")));
        assertThat(updated.statusCode()).isEqualTo(204);
        assertThat(updated.body()).isEmpty();
    }

    @Test
    void updateOnlyUpsertDoesNotInsertAndPostToIdAlwaysInserts() {
        HttpResponse<String> updateOnly = call("PATCH", "/sobjects/Contact/External_Id__c/NOPE-1?updateOnly=true", "{\"LastName\":\"X\"}");
        HttpResponse<String> viaId = call("POST", "/sobjects/Account/Id", "{\"Name\":\"Via Id\"}");

        assertThat(updateOnly.statusCode()).isEqualTo(404);
        assertThat(viaId.statusCode()).isEqualTo(201);
        assertThat(SalesforceHttp.json(viaId).get("created").asBoolean()).isTrue();
    }

    @Test
    void upsertOnANonExternalIdFieldIsTheRecordedNotFound() {
        HttpResponse<String> response = call("PATCH", "/sobjects/Contact/Namez/x", "{\"LastName\":\"X\"}");
        HttpResponse<String> delete = call("DELETE", "/sobjects/Contact/rid/x", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(response)).isEqualTo(Fixtures.json("restforce/upsert_error_response.json"));
        assertThat(delete.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(delete)).isEqualTo(Fixtures.json("restforce/delete_error_response.json"));
    }

    @Test
    void updatedAndDeletedWindowsListTheChanges() {
        String id = firstAccountId();
        clock.advance(Duration.ofMinutes(10));
        call("PATCH", "/sobjects/Account/" + id, "{\"Phone\":\"1\"}");
        String deletedId = SalesforceHttp.json(call("POST", "/sobjects/Account", "{\"Name\":\"Doomed\"}")).get("id").asText();
        call("DELETE", "/sobjects/Account/" + deletedId, null);
        clock.advance(Duration.ofMinutes(3));
        String start = SalesforceHttp.enc(clock.instant().minus(5, ChronoUnit.MINUTES).toString());
        String end = SalesforceHttp.enc(clock.instant().toString());

        JsonNode updated = SalesforceHttp.json(call("GET", "/sobjects/Account/updated/?start=" + start + "&end=" + end, null));
        JsonNode deleted = SalesforceHttp.json(call("GET", "/sobjects/Account/deleted/?start=" + start + "&end=" + end, null));

        JsonShape.assertContainsShape(Fixtures.json("restforce/get_updated_success_response.json"), updated, "$");
        assertThat(updated.get("ids")).extracting(JsonNode::asText).containsExactly(id);
        JsonShape.assertContainsShape(Fixtures.json("restforce/get_deleted_success_response.json"), deleted, "$");
        assertThat(deleted.get("deletedRecords").get(0).get("id").asText()).isEqualTo(deletedId);
        assertThat(deleted.get("latestDateCovered").asText()).isEqualTo("2026-11-28T12:13:00.000+0000");
    }
}
