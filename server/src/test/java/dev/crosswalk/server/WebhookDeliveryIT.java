package dev.crosswalk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** Webhook delivery by two nodes on one PostgreSQL database: stopping one does not lose a delivery. */
class WebhookDeliveryIT extends WebhookDeliveryContract {

    private ThrowawayPostgres postgres;

    @Override
    DatabaseSettings database() {
        if (postgres == null) {
            postgres = new ThrowawayPostgres();
        }
        return new DatabaseSettings(postgres.url(), ThrowawayPostgres.USER, null, KEY);
    }

    @Override
    void dropDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theNodeLeftDeliversWhatTheStoppedNodeWasRetrying() throws Exception {
        CrosswalkServer first = nodes().get(0);
        JsonNode endpoint = new ObjectMapper().readTree(send(first, "POST", "/webhooks",
                "{\"url\": \"" + receiver().url() + "\"}").body());
        revokeTheGrantAndCallUntilTheConnectionNeedsTheCustomer(first);
        receiver().await(request -> request.answered() == 503, patience()); // the only node tried it
        CrosswalkServer second = startNode();

        first.close();
        nodes().remove(first);
        receiver().answer(204);

        receiver().await(request -> request.answered() == 204, patience());
        JsonNode log = new ObjectMapper().readTree(send(second, "GET", "/webhooks/" + endpoint.get("id").asText()
                + "/deliveries", null).body()).get("results");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("status").asText()).isEqualTo("delivered");
    }
}
