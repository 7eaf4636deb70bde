package dev.crosswalk.emulator.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertiesAndBatchTest {

    private static HubSpotEmulator emulator;
    private static Http http;

    @BeforeAll
    static void start() {
        emulator = HubSpotEmulator.builder().contacts(120).companies(5).deals(5).burstLimit(10_000).start();
        http = new Http(emulator.baseUrl(), emulator.credentials().privateAppToken());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void describesHubSpotDefinedAndCustomProperties() {
        JsonNode properties = http.get("/crm/v3/properties/deals").json().path("results");
        JsonNode stage = find(properties, "dealstage");
        assertThat(stage.path("type").asText()).isEqualTo("enumeration");
        assertThat(stage.path("hubspotDefined").asBoolean()).isTrue();
        assertThat(stage.path("options")).extracting(o -> o.path("value").asText()).contains("closedwon", "closedlost");
        JsonNode priority = find(properties, "customer_priority");
        assertThat(priority.path("hubspotDefined").asBoolean()).isFalse();
        assertThat(priority.path("modificationMetadata").path("archivable").asBoolean()).isTrue();
        assertThat(find(properties, "hs_lastmodifieddate").path("type").asText()).isEqualTo("datetime");
        assertThat(http.get("/crm/v3/properties/contacts/customer_tier").json().path("fieldType").asText()).isEqualTo("select");
        assertThat(http.get("/crm/v3/properties/0-2").json().path("results")).extracting(p -> p.path("name").asText())
                .contains("customer_segment", "name", "domain");
    }

    @Test
    void listsThePortalsCustomObjectWhoseRecordsAreReadByNameOrTypeId() {
        JsonNode schemas = http.get("/crm/v3/schemas").json().path("results");

        assertThat(schemas).singleElement().satisfies(schema -> {
            assertThat(schema.path("fullyQualifiedName").asText()).isEqualTo("p_projects");
            assertThat(schema.path("objectTypeId").asText()).isEqualTo("2-1001");
            assertThat(schema.path("labels").path("plural").asText()).isEqualTo("Projects");
            assertThat(schema.path("properties")).extracting(p -> p.path("name").asText())
                    .contains("project_name", "project_status", "hs_object_id");
        });
        assertThat(http.get("/crm/v3/objects/p_projects?limit=100").json().path("results")).hasSize(5);
        assertThat(http.get("/crm/v3/objects/2-1001?limit=2&properties=project_budget").json().path("results").get(0)
                .path("properties").path("project_budget").asText()).matches("\\d+");
    }

    @Test
    void readsInBatchesOfAHundredAndReportsMissingIdsWith207() {
        List<String> ids = new ArrayList<>();
        http.get("/crm/v3/objects/contacts?limit=100").json().path("results").forEach(c -> ids.add(c.path("id").asText()));
        Http.Answer all = http.post("/crm/v3/objects/contacts/batch/read", inputs(ids));
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("results")).hasSize(100);

        List<String> withMissing = new ArrayList<>(ids.subList(0, 3));
        withMissing.add("42");
        Http.Answer partial = http.post("/crm/v3/objects/contacts/batch/read", inputs(withMissing));
        assertThat(partial.status()).isEqualTo(207);
        assertThat(partial.json().path("numErrors").asInt()).isEqualTo(1);
        assertThat(partial.json().path("errors").get(0).path("context").path("ids").get(0).asText()).isEqualTo("42");

        List<String> tooMany = new ArrayList<>(ids);
        tooMany.add(ids.get(0));
        assertThat(http.post("/crm/v3/objects/contacts/batch/read", inputs(tooMany)).status()).isEqualTo(400);
    }

    @Test
    void createsUpdatesAndArchivesInBatches() {
        String create = "{\"inputs\": [" + String.join(",", Collections.nCopies(3, "{\"properties\": {\"name\": \"Batch Co\"}}")) + "]}";
        Http.Answer created = http.post("/crm/v3/objects/companies/batch/create", create);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("COMPLETE");
        List<String> ids = new ArrayList<>();
        created.json().path("results").forEach(c -> ids.add(c.path("id").asText()));

        String update = "{\"inputs\": [{\"id\": \"" + ids.get(0) + "\", \"properties\": {\"customer_segment\": \"smb\"}},"
                + " {\"id\": \"1\", \"properties\": {\"name\": \"x\"}}]}";
        Http.Answer updated = http.post("/crm/v3/objects/companies/batch/update", update);
        assertThat(updated.status()).isEqualTo(207);
        assertThat(updated.json().path("results").get(0).path("id").asText()).isEqualTo(ids.get(0));

        assertThat(http.post("/crm/v3/objects/companies/batch/archive", inputs(ids)).status()).isEqualTo(204);
        assertThat(http.post("/crm/v3/objects/companies/batch/read", inputs(ids)).status()).isEqualTo(207);
        Http.Answer archived = http.post("/crm/v3/objects/companies/batch/read?archived=true", inputs(ids));
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().path("results").get(0).path("archived").asBoolean()).isTrue();
    }

    private static String inputs(List<String> ids) {
        return "{\"inputs\": [" + String.join(",", ids.stream().map(id -> "{\"id\": \"" + id + "\"}").toList()) + "]}";
    }

    private static JsonNode find(JsonNode properties, String name) {
        for (JsonNode property : properties) {
            if (property.path("name").asText().equals(name)) {
                return property;
            }
        }
        throw new AssertionError("no property " + name);
    }
}
