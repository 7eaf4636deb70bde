package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce's {@code conn.identity()}: found through the {@code identity} entry of {@code GET /services/data/vXX.X}
 * first, then through the identity URL jsforce keeps.
 */
class IdentityIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    @Test
    void identityDescribesTheUserOfTheRefreshToken(SalesforceEmulator emulator) {
        JsonNode result = NodeScenario.run(emulator, "identity.mjs");

        JsonNode identity = result.path("identity");
        String orgId = emulator.credentials().organizationId();
        String userId = identity.path("user_id").asText();
        assertThat(userId).matches("005[0-9A-Za-z]{15}");
        assertThat(identity.path("organization_id").asText()).isEqualTo(orgId);
        assertThat(identity.path("username").asText()).isEqualTo(emulator.credentials().username());
        assertThat(identity.path("id").asText()).isEqualTo(emulator.baseUrl() + "/id/" + orgId + "/" + userId);
        assertThat(identity.path("urls").path("rest").asText()).isEqualTo(emulator.baseUrl() + "/services/data/v{version}/");
        assertThat(result.path("userInfo").path("id").asText()).isEqualTo(userId);
        assertThat(result.path("userInfo").path("organizationId").asText()).isEqualTo(orgId);
        assertThat(result.path("againUserId").asText()).isEqualTo(userId);
        List<RecordedRequest> requests = NodeScenario.afterInitialRefresh(emulator.requestLog().requests());
        assertThat(requests).extracting(r -> r.method() + " " + r.path() + " " + r.status())
                .containsExactly("GET /services/data/v62.0 200",
                        "GET /id/" + orgId + "/" + userId + " 200",
                        "GET /id/" + orgId + "/" + userId + " 200");
        assertThat(requests.get(1).query()).startsWith("format=json&oauth_token=");
    }
}
