package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two jsforce Connections to two orgs of one emulator ({@code orgs(2)}) stay apart. */
class MultiOrgIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).orgs(2).accounts(6).contacts(30).build();

    private static JsonNode result;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        EmulatorCredentials second = emulator.orgCredentials().get(1);
        result = NodeScenario.run(emulator, "multi-org.mjs", Map.of(
                "SF2_CLIENT_ID", second.clientId(),
                "SF2_CLIENT_SECRET", second.clientSecret(),
                "SF2_REFRESH_TOKEN", second.refreshToken()));
    }

    @Test
    void eachConnectionIsInItsOwnOrg(SalesforceEmulator emulator) {
        assertThat(result.path("orgs")).extracting(JsonNode::asText).containsExactly(
                emulator.orgCredentials().get(0).organizationId(), emulator.orgCredentials().get(1).organizationId());
        assertThat(result.path("orgs").get(0).asText()).isNotEqualTo(result.path("orgs").get(1).asText());
        assertThat(result.path("users")).extracting(JsonNode::asText).containsExactly(
                emulator.orgCredentials().get(0).username(), emulator.orgCredentials().get(1).username());
    }

    @Test
    void aRecordOfOneOrgIsInvisibleToTheOther() {
        assertThat(result.path("seenByFirst").asInt()).isEqualTo(1);
        assertThat(result.path("seenBySecond").asInt()).isZero();
        assertThat(result.path("retrievedBySecond").path("errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(result.path("accountCounts")).extracting(JsonNode::asInt).containsExactly(6, 6);
    }
}
