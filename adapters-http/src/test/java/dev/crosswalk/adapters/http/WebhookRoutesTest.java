package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class WebhookRoutesTest extends ApiTest {

    private HttpResponse<String> add(String body, String key) throws Exception {
        return send("POST", "/webhooks", key, "application/json", body);
    }

    @Test
    void addsAnEndpointAnsweringItsSigningSecretOnceAndListsItWithout() throws Exception {
        HttpResponse<String> added = add("{\"url\": \"https://hooks.acme.example/crosswalk\"}", FakeCrm.ACME_KEY);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode endpoint = body(added);
        assertThat(endpoint.get("id").asText()).isEqualTo("wh_1");
        assertThat(endpoint.get("url").asText()).isEqualTo("https://hooks.acme.example/crosswalk");
        assertThat(endpoint.get("signing_secret").asText()).isEqualTo("whsec_secret-1");
        HttpResponse<String> listed = get("/webhooks");
        assertThat(okBody(listed).get("results")).hasSize(1);
        assertThat(listed.body()).doesNotContain("whsec_");
        assertThat(okBody(get("/webhooks", FakeCrm.GLOBEX_KEY)).get("results")).isEmpty();
    }

    @Test
    void refusesAnEndpointThatIsNoAbsoluteHttpUrl() throws Exception {
        for (String body : new String[] {"{\"url\": \"ftp://files.example\"}", "{\"url\": \"/relative\"}",
                "{\"endpoint\": \"https://x.example\"}", "{}"}) {
            HttpResponse<String> refused = add(body, FakeCrm.ACME_KEY);

            assertThat(refused.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(okBody(get("/webhooks")).get("results")).isEmpty();
    }

    @Test
    void showsTheDeliveryLogAndDeletesAnEndpointOfTheTenantOnly() throws Exception {
        add("{\"url\": \"https://hooks.acme.example/crosswalk\"}", FakeCrm.ACME_KEY);

        JsonNode log = okBody(get("/webhooks/wh_1/deliveries?limit=5")).get("results").get(0);
        assertThat(webhooks.lastLimit).isEqualTo(5);
        assertThat(log.get("event_id").asText()).isEqualTo("evt_3");
        assertThat(log.get("event_type").asText()).isEqualTo("connection.needs_reauthorization");
        assertThat(log.get("status").asText()).isEqualTo("pending");
        assertThat(log.get("last_response_status").asInt()).isEqualTo(503);
        assertThat(log.get("next_attempt_at").asText()).isEqualTo("2026-12-06T09:00:30Z");
        assertThat(get("/webhooks/wh_1/deliveries?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/webhooks/wh_1/deliveries", FakeCrm.GLOBEX_KEY).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/webhooks/wh_1", FakeCrm.GLOBEX_KEY, null, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/webhooks/wh_1", FakeCrm.ACME_KEY, null, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send("DELETE", "/webhooks/wh_1", FakeCrm.ACME_KEY, null, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(body(gone).get("type").asText()).endsWith("webhook-not-found");
    }
}
