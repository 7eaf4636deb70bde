package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

class RefreshRotationTest {

    private static HttpResponse<String> refresh(SalesforceHttp http, EmulatorCredentials app, String refreshToken) {
        return http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "refresh_token", refreshToken));
    }

    @Test
    void rotationIssuesANewRefreshTokenAndSpendsTheOldOne() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().refreshTokenPolicy(RefreshTokenPolicy.ROTATE).contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            EmulatorCredentials app = emulator.credentials();

            JsonNode first = SalesforceHttp.json(refresh(http, app, app.refreshToken()));
            HttpResponse<String> replay = refresh(http, app, app.refreshToken());
            HttpResponse<String> next = refresh(http, app, first.get("refresh_token").asText());

            assertThat(first.get("refresh_token").asText()).isNotEqualTo(app.refreshToken());
            assertThat(replay.statusCode()).isEqualTo(400);
            assertThat(SalesforceHttp.json(replay)).isEqualTo(Fixtures.json("restforce/refresh_error_response.json"));
            assertThat(next.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void ofTwoOverlappingRefreshesWithOneTokenOnlyOneSucceeds() throws Exception {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().refreshTokenPolicy(RefreshTokenPolicy.ROTATE).contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            EmulatorCredentials app = emulator.credentials();
            CyclicBarrier start = new CyclicBarrier(4);

            List<CompletableFuture<Integer>> racers = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return refresh(http, app, app.refreshToken()).statusCode();
                    })).toList();

            List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).containsExactlyInAnyOrder(200, 400, 400, 400);
        }
    }

    @Test
    void replayingASpentTokenRevokesTheWholeFamily() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder()
                .refreshTokenPolicy(RefreshTokenPolicy.ROTATE_AND_REVOKE_ON_REPLAY).contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            EmulatorCredentials app = emulator.credentials();
            JsonNode winner = SalesforceHttp.json(refresh(http, app, app.refreshToken()));

            assertThat(refresh(http, app, app.refreshToken()).statusCode()).isEqualTo(400);

            assertThat(refresh(http, app, winner.get("refresh_token").asText()).statusCode()).isEqualTo(400);
            assertThat(http.query("SELECT Id FROM Account", winner.get("access_token").asText()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withoutRotationTheSameTokenKeepsWorkingAndNoRefreshTokenIsReturned() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            EmulatorCredentials app = emulator.credentials();

            assertThat(refresh(http, app, app.refreshToken()).statusCode()).isEqualTo(200);
            HttpResponse<String> second = refresh(http, app, app.refreshToken());

            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(SalesforceHttp.json(second).has("refresh_token")).isFalse();
        }
    }
}
