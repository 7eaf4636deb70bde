package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SObjectCollectionsTest {

    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().accounts(2).contacts(2).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode call(String method, String path, String body) {
        HttpResponse<String> response = http.json(method, http.data(path), token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SalesforceHttp.json(response);
    }

    @Test
    void createReportsPerRecordResultsWithStatusCodeErrors() {
        JsonNode results = call("POST", "/composite/sobjects", """
                {"allOrNone":false,"records":[
                 {"attributes":{"type":"Account"},"Name":"One"},
                 {"attributes":{"type":"Contact"},"FirstName":"No last name"}]}""");

        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(0).get("id").asText()).startsWith("001");
        JsonNode error = results.get(1).get("errors").get(0);
        assertThat(results.get(1).get("success").asBoolean()).isFalse();
        assertThat(JsonShape.fieldNames(error)).containsExactly("statusCode", "message", "fields");
        assertThat(error.get("statusCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.has("errorCode")).isFalse();
    }

    @Test
    void allOrNoneRollsBackTheValidRecords() {
        JsonNode results = call("POST", "/composite/sobjects", """
                {"allOrNone":true,"records":[
                 {"attributes":{"type":"Account"},"Name":"Rolled back"},
                 {"attributes":{"type":"Account"}}]}""");

        assertThat(results.get(0).get("errors").get(0).get("statusCode").asText()).isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(results.get(1).get("errors").get(0).get("statusCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(SalesforceHttp.json(http.query("SELECT COUNT() FROM Account", token)).get("totalSize").asInt()).isEqualTo(2);
    }

    @Test
    void updateUpsertRetrieveAndDeleteWorkOnSeveralRecords() {
        JsonNode ids = SalesforceHttp.json(http.query("SELECT Id FROM Contact", token)).get("records");
        String first = ids.get(0).get("Id").asText();
        String second = ids.get(1).get("Id").asText();

        JsonNode updated = call("PATCH", "/composite/sobjects", """
                {"records":[{"attributes":{"type":"Contact"},"id":"%s","Title":"Boss"}]}""".formatted(first));
        JsonNode upserted = call("PATCH", "/composite/sobjects/Contact/External_Id__c", """
                {"records":[{"attributes":{"type":"Contact"},"External_Id__c":"CW-2","Title":"Deputy"},
                            {"attributes":{"type":"Contact"},"External_Id__c":"NEW-1","LastName":"New"}]}""");
        JsonNode retrieved = call("POST", "/composite/sobjects/Contact", """
                {"ids":["%s","%s","003Dn0000999999AAA"],"fields":["Title"]}""".formatted(first, second));
        JsonNode deleted = call("DELETE", "/composite/sobjects?ids=" + first + "," + second, null);

        assertThat(updated.get(0).get("success").asBoolean()).isTrue();
        assertThat(upserted.get(0).get("created").asBoolean()).isFalse();
        assertThat(upserted.get(1).get("created").asBoolean()).isTrue();
        assertThat(retrieved.get(0).get("Title").asText()).isEqualTo("Boss");
        assertThat(retrieved.get(1).get("Title").asText()).isEqualTo("Deputy");
        assertThat(retrieved.get(2).isNull()).isTrue();
        assertThat(deleted).extracting(r -> r.get("success").asBoolean()).containsExactly(true, true);
    }

    @Test
    void moreThanTwoHundredRecordsAreRefused() {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 201; i++) {
            records.append(i == 0 ? "" : ",").append("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A").append(i).append("\"}");
        }
        HttpResponse<String> response = http.json("POST", http.data("/composite/sobjects"), token, "{\"records\":[" + records + "]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response).get(0).get("errorCode").asText()).isEqualTo("EXCEEDED_ID_LIMIT");
    }
}
