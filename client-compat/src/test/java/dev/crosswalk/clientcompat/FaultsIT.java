package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.Fault;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * jsforce under the emulator's injected faults: its own retry (5xx and 429 on GET, 0.5 s then 1 s apart; never on
 * POST) and its refresh on a revoked session. {@code Fault.connectionReset()} is not used: jsforce 3.10.16 never
 * settles a call whose response is cut off mid-body (see the README).
 */
class FaultsIT {

    private static final String DATA = "/services/data/v62\\.0";

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    private static JsonNode result;
    private static List<RecordedRequest> requests;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        emulator.faults()
                .add(Fault.status(503).onRoute("GET", DATA + "/query").times(2))
                .add(Fault.status(429).onRoute("GET", DATA + "/sobjects/Account/describe").times(1))
                .add(Fault.status(503).onRoute("POST", DATA + "/sobjects/Contact").times(1))
                .add(Fault.revokeToken().onRoute("GET", DATA + "/sobjects/Contact/describe").times(1));
        NodeScenario.Run run = NodeScenario.runWithRequests(emulator, "faults.mjs");
        result = run.result();
        requests = run.requests();
    }

    @Test
    void aGetAnsweredWith503IsRetriedWithBackOff() {
        JsonNode query = result.path("retriedQuery");
        assertThat(query.path("failed").asBoolean()).isFalse();
        assertThat(query.path("value").asInt()).isEqualTo(2);
        assertThat(query.path("millis").asLong()).as("0.5 s + 1 s of back-off").isGreaterThanOrEqualTo(1_400);
        assertThat(statuses("GET", "/services/data/v62.0/query")).containsExactly(503, 503, 200);
    }

    @Test
    void aGetAnsweredWith429IsRetried() {
        JsonNode describe = result.path("retriedAfter429");
        assertThat(describe.path("failed").asBoolean()).isFalse();
        assertThat(describe.path("value").asText()).isEqualTo("Account");
        assertThat(statuses("GET", "/services/data/v62.0/sobjects/Account/describe")).containsExactly(429, 200);
    }

    @Test
    void aPostAnsweredWith503IsNotRetriedAndKeepsItsErrorCode() {
        JsonNode create = result.path("failedCreate");
        assertThat(create.path("failed").asBoolean()).isTrue();
        assertThat(create.path("errorCode").asText()).isEqualTo("SERVER_UNAVAILABLE");
        assertThat(statuses("POST", "/services/data/v62.0/sobjects/Contact")).containsExactly(503);
    }

    @Test
    void aRevokedSessionIsRefreshedTransparently() {
        JsonNode describe = result.path("afterRevocation");
        assertThat(describe.path("failed").asBoolean()).isFalse();
        assertThat(describe.path("value").asText()).isEqualTo("Contact");
        assertThat(describe.path("refreshes").asInt()).isEqualTo(1);
        assertThat(statuses("GET", "/services/data/v62.0/sobjects/Contact/describe")).containsExactly(401, 200);
    }

    @Test
    void everyPlannedFaultWasInjected(SalesforceEmulator emulator) {
        assertThat(emulator.faults().injected()).isEqualTo(5);
    }

    private static List<Integer> statuses(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .map(RecordedRequest::status)
                .toList();
    }
}
