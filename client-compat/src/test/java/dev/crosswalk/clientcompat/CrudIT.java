package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce's sObject writes on {@code conn.sobject('Contact')}: create, retrieve, update, upsert by external id,
 * destroy; then {@code updated()} / {@code deleted()} over the minutes of those writes.
 */
class CrudIT {

    private static final Instant START = Instant.parse("2026-03-02T10:00:30Z");
    private static final String SOBJECT_PATH = "/services/data/v62.0/sobjects/Contact";
    private static final String EXTERNAL_ID = "compat-ext-1";
    private static final Instant WHOLE_MINUTE_AFTER_WRITES = Instant.parse("2026-03-02T10:02:00Z");

    private static final MutableClock CLOCK = new MutableClock(START);

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).clock(CLOCK).build();

    private static JsonNode crud;
    private static List<RecordedRequest> crudRequests;
    private static JsonNode replication;
    private static List<RecordedRequest> replicationRequests;

    @BeforeAll
    static void runScenarios(SalesforceEmulator emulator) {
        NodeScenario.Run crudRun =
                NodeScenario.runWithRequests(emulator, "crud.mjs", Map.of("SF_EXTERNAL_ID", EXTERNAL_ID));
        crud = crudRun.result();
        crudRequests = crudRun.requests();
        emulator.requestLog().clear();
        // The platform's windows end at the last whole minute, so read them once the writes' minute has passed,
        // with a window that ends on a whole minute.
        CLOCK.advance(Duration.ofMinutes(2));
        NodeScenario.Run replicationRun = NodeScenario.runWithRequests(emulator, "replication.mjs", Map.of(
                "SF_WINDOW_START", START.minus(Duration.ofMinutes(5)).toString(),
                "SF_WINDOW_END", WHOLE_MINUTE_AFTER_WRITES.toString()));
        replication = replicationRun.result();
        replicationRequests = replicationRun.requests();
        emulator.requestLog().clear();
    }

    @Test
    void createReturnsASaveResultAndTheRecordCanBeRetrieved() {
        JsonNode created = crud.path("created");
        String id = created.path("id").asText();
        assertThat(id).matches("003[0-9A-Za-z]{15}");
        assertThat(created.path("success").asBoolean()).isTrue();
        assertThat(created.path("errors")).isEmpty();

        JsonNode retrieved = crud.path("retrieved");
        assertThat(retrieved.path("Id").asText()).isEqualTo(id);
        assertThat(retrieved.path("attributes").path("url").asText()).isEqualTo(SOBJECT_PATH + "/" + id);
        assertThat(retrieved.path("FirstName").asText()).isEqualTo("Ada");
        assertThat(retrieved.path("LastName").asText()).isEqualTo("Compat");
        assertThat(retrieved.path("Name").asText()).isEqualTo("Ada Compat");
        assertThat(retrieved.path("CreatedDate").asText()).isEqualTo("2026-03-02T10:00:30.000+0000");
        assertThat(retrieved.has("Title")).isTrue();
        assertThat(retrieved.path("Title").isNull()).isTrue();
        assertThat(requests("POST", SOBJECT_PATH)).containsExactly(201);
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        String id = crud.path("created").path("id").asText();
        assertThat(crud.path("updated").path("success").asBoolean()).isTrue();
        assertThat(crud.path("updated").path("id").asText()).isEqualTo(id);
        JsonNode after = crud.path("afterUpdate");
        assertThat(after.path("Title").asText()).isEqualTo("Engineer");
        assertThat(after.path("LTV_Score__c").asDouble()).isEqualTo(42.5);
        assertThat(after.has("FirstName")).as("only the requested fields").isFalse();
        assertThat(requests("PATCH", SOBJECT_PATH + "/" + id)).containsExactly(204);
    }

    @Test
    void upsertInsertsThenUpdatesByExternalId() {
        JsonNode inserted = crud.path("upsertInsert");
        JsonNode updated = crud.path("upsertUpdate");
        assertThat(inserted.path("created").asBoolean()).isTrue();
        assertThat(inserted.path("success").asBoolean()).isTrue();
        assertThat(updated.path("created").asBoolean()).isFalse();
        assertThat(updated.path("id").asText()).isEqualTo(inserted.path("id").asText());
        assertThat(crud.path("upserted").path("LastName").asText()).isEqualTo("Upserted Again");
        assertThat(crud.path("upserted").path("External_Id__c").asText()).isEqualTo(EXTERNAL_ID);
        assertThat(requests("PATCH", SOBJECT_PATH + "/External_Id__c/" + EXTERNAL_ID)).containsExactly(201, 200);
    }

    @Test
    void destroyRemovesTheRecordAndALaterRetrieveSaysItIsDeleted() {
        String id = crud.path("created").path("id").asText();
        assertThat(crud.path("destroyed").path("success").asBoolean()).isTrue();
        assertThat(crud.path("destroyed").path("id").asText()).isEqualTo(id);
        assertThat(crud.path("retrieveAfterDestroy").path("errorCode").asText()).isEqualTo("ENTITY_IS_DELETED");
        assertThat(requests("DELETE", SOBJECT_PATH + "/" + id)).containsExactly(204);
        assertThat(requests("GET", SOBJECT_PATH + "/" + id)).containsExactly(200, 200, 404);
    }

    @Test
    void updatedListsTheWrittenRecords() {
        JsonNode updated = replication.path("updated");
        assertThat(texts(updated.path("ids"))).contains(crud.path("upsertInsert").path("id").asText());
        assertThat(updated.path("latestDateCovered").asText()).isEqualTo("2026-03-02T10:02:00.000+0000");
        assertThat(replicationRequests).filteredOn(r -> r.path().equals(SOBJECT_PATH + "/updated"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void deletedListsTheDestroyedRecord() {
        JsonNode deleted = replication.path("deleted");
        String id = crud.path("created").path("id").asText();
        assertThat(deleted.path("deletedRecords")).hasSize(1);
        assertThat(deleted.path("deletedRecords").get(0).path("id").asText()).isEqualTo(id);
        assertThat(deleted.path("deletedRecords").get(0).path("deletedDate").asText()).isEqualTo("2026-03-02T10:00:30.000+0000");
        assertThat(deleted.path("latestDateCovered").asText()).isEqualTo("2026-03-02T10:02:00.000+0000");
        assertThat(replicationRequests).filteredOn(r -> r.path().equals(SOBJECT_PATH + "/deleted"))
                .extracting(RecordedRequest::status).containsExactly(200);
    }

    @Test
    void windowsEndingMidMinuteAreCoveredOnlyToTheLastWholeMinute(SalesforceEmulator emulator) {
        JsonNode midMinute = NodeScenario.run(emulator, "replication.mjs", Map.of(
                "SF_WINDOW_START", START.minus(Duration.ofMinutes(5)).toString(),
                "SF_WINDOW_END", CLOCK.instant().toString()));

        assertThat(midMinute.path("updated").path("latestDateCovered").asText()).isEqualTo("2026-03-02T10:02:00.000+0000");
        assertThat(midMinute.path("deleted").path("latestDateCovered").asText()).isEqualTo("2026-03-02T10:02:00.000+0000");
    }

    private static List<Integer> requests(String method, String path) {
        return crudRequests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .map(RecordedRequest::status)
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
