package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExternalIdLookupTest {

    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().accounts(3).contacts(20_000).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> byExternalId(String value) {
        return http.get(http.data("/sobjects/Contact/External_Id__c/" + value + "?fields=Title,External_Id__c"), token);
    }

    @Test
    void lookupsFollowUpdatesDeletesAndRollbacks() {
        JsonNode generated = SalesforceHttp.json(byExternalId("CW-19999"));
        String id = generated.get("Id").asText();

        http.json("PATCH", http.data("/sobjects/Contact/" + id), token, "{\"External_Id__c\":\"Moved-1\"}");
        assertThat(byExternalId("CW-19999").statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(byExternalId("moved-1")).get("Id").asText()).isEqualTo(id);

        http.json("POST", http.data("/composite/sobjects"), token, """
                {"allOrNone":true,"records":[{"attributes":{"type":"Contact"},"LastName":"Ghost","External_Id__c":"GHOST-1"},
                                             {"attributes":{"type":"Contact"}}]}""");
        assertThat(byExternalId("GHOST-1").statusCode()).isEqualTo(404);

        http.json("DELETE", http.data("/sobjects/Contact/" + id), token, null);
        assertThat(byExternalId("Moved-1").statusCode()).isEqualTo(404);

        HttpResponse<String> upserted = http.json("PATCH", http.data("/sobjects/Contact/External_Id__c/CW-5"), token, "{\"Title\":\"Found\"}");
        assertThat(upserted.statusCode()).isEqualTo(200);
        assertThat(SalesforceHttp.json(byExternalId("CW-5")).get("Title").asText()).isEqualTo("Found");
    }
}
