package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private static final String SOQL = "SELECT Id FROM Account";

    @Test
    void statusStormHitsExactlyTheGivenNumberOfRequests() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.status(429).onRoute("GET", "/services/data/.+/query").times(2));

            HttpResponse<String> first = http.query(SOQL, token);
            HttpResponse<String> second = http.query(SOQL, token);
            HttpResponse<String> third = http.query(SOQL, token);

            assertThat(first.statusCode()).isEqualTo(429);
            assertThat(first.headers().firstValue("Retry-After")).contains("1");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(emulator.faults().injected()).isEqualTo(2);
            assertThat(emulator.requestLog().count(r -> r.status() == 429)).isEqualTo(2);
        }
    }

    @Test
    void serverUnavailableUsesThePlatformsErrorBody() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.status(503));

            HttpResponse<String> response = http.query(SOQL, token);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(SalesforceHttp.json(response).get(0).get("errorCode").asText()).isEqualTo("SERVER_UNAVAILABLE");
        }
    }

    @Test
    void aFaultOnAVersionedRouteAlsoHitsTheLatestAliasWhichTheLogKeepsAsSent() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.status(503).onRoute("GET", "/services/data/v[^/]+/query").times(1));

            HttpResponse<String> response = http.get("/services/data/latest/query?q=" + SalesforceHttp.enc(SOQL), token);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(emulator.requestLog().count(r -> r.path().equals("/services/data/latest/query") && r.status() == 503))
                    .isEqualTo(1);
        }
    }

    @Test
    void sameSeedGivesTheSameFaultPattern() {
        assertThat(pattern(11L)).isEqualTo(pattern(11L));
        assertThat(pattern(11L)).contains(200, 500);
    }

    private static List<Integer> pattern(long seed) {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().seed(seed).contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.status(500).onRoute(null, "/services/data/.*").probability(0.5));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(http.query(SOQL, token).statusCode());
            }
            return statuses;
        }
    }

    @Test
    void connectionResetCutsTheBodyShort() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(50).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.connectionReset().times(1));

            assertThatThrownBy(() -> http.query("SELECT Id, Name, Email FROM Contact", token)).isInstanceOf(UncheckedIOException.class);
            assertThat(http.query("SELECT Id FROM Contact", token).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void revocationFaultInvalidatesTheCallersToken() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.revokeToken().times(1));

            assertThat(http.query(SOQL, token).statusCode()).isEqualTo(401);
            assertThat(http.query(SOQL, token).statusCode()).isEqualTo(401);
            assertThat(http.query(SOQL, http.accessToken()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void latencyDelaysButStillAnswers() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();
            emulator.faults().add(Fault.latency(Duration.ofMillis(20)).times(1));

            assertThat(http.query(SOQL, token).statusCode()).isEqualTo(200);
            assertThat(emulator.faults().injected()).isEqualTo(1);
        }
    }
}
