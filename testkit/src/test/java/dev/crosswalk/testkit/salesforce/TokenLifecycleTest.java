package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenLifecycleTest {

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().contacts(1).start();

    private SalesforceHttp http;
    private EmulatorCredentials app;

    @BeforeEach
    void client() {
        http = new SalesforceHttp(SF);
        app = SF.credentials();
    }

    @Test
    void clientCredentialsWithBasicAuthenticationYieldsATokenResponse() {
        String basic = Base64.getEncoder().encodeToString((app.clientId() + ":" + app.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/services/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonShape.fieldNames(SalesforceHttp.json(response)))
                .containsExactly("access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at");
    }

    @Test
    void passwordGrantAcceptsThePasswordWithOrWithoutTheSecurityToken() {
        Map<String, String> base = Map.of("grant_type", "password", "client_id", app.clientId(), "client_secret", app.clientSecret(),
                "username", app.username());

        HttpResponse<String> plain = http.form("/services/oauth2/token", with(base, "password", app.password()));
        HttpResponse<String> withToken = http.form("/services/oauth2/token", with(base, "password", app.password() + app.securityToken()));
        HttpResponse<String> wrong = http.form("/services/oauth2/token", with(base, "password", "nope"));

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(SalesforceHttp.json(plain).has("refresh_token")).isFalse();
        JsonShape.assertContainsShape(Fixtures.json("restforce/auth_success_response.json"), SalesforceHttp.json(plain), "$");
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(wrong)).isEqualTo(Json.object().put("error", "invalid_grant")
                .put("error_description", "authentication failure"));
        JsonShape.assertContainsShape(Fixtures.json("restforce/auth_error_response.json"), SalesforceHttp.json(wrong), "$");
        assertThat(app.toString()).doesNotContain(app.password());
    }

    @Test
    void clientCredentialsWithAWrongSecretIsInvalidClient() {
        JsonNode body = SalesforceHttp.json(http.form("/services/oauth2/token",
                Map.of("grant_type", "client_credentials", "client_id", app.clientId(), "client_secret", "nope")));

        assertThat(body.get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void introspectionDescribesLiveTokensAndNotRevokedOnes() {
        String token = http.accessToken();
        Map<String, String> client = Map.of("client_id", app.clientId(), "client_secret", app.clientSecret());

        JsonNode live = SalesforceHttp.json(http.form("/services/oauth2/introspect", with(client, "token", token)));
        HttpResponse<String> revoked = http.form("/services/oauth2/revoke", Map.of("token", token));
        JsonNode after = SalesforceHttp.json(http.form("/services/oauth2/introspect", with(client, "token", token)));

        assertThat(live.get("active").asBoolean()).isTrue();
        assertThat(live.get("token_type").asText()).isEqualTo("access_token");
        assertThat(live.get("username").asText()).isEqualTo(app.username());
        assertThat(live.get("exp").asLong()).isGreaterThan(live.get("iat").asLong());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(after).isEqualTo(Json.object().put("active", false));
        assertThat(http.query("SELECT Id FROM Account", token).statusCode()).isEqualTo(401);
    }

    @Test
    void introspectingARefreshTokenReportsWhenItWasIssued() {
        Instant started = Instant.parse("2026-11-28T12:00:00Z");
        MutableClock clock = new MutableClock(started);
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().clock(clock).contacts(1).start()) {
            EmulatorCredentials credentials = emulator.credentials();
            clock.advance(Duration.ofHours(2));

            JsonNode body = SalesforceHttp.json(new SalesforceHttp(emulator).form("/services/oauth2/introspect", Map.of(
                    "client_id", credentials.clientId(), "client_secret", credentials.clientSecret(),
                    "token", credentials.refreshToken(), "token_type_hint", "refresh_token")));

            assertThat(body.get("token_type").asText()).isEqualTo("refresh_token");
            assertThat(body.get("iat").asLong()).isEqualTo(started.getEpochSecond());
            assertThat(body.get("nbf").asLong()).isEqualTo(started.getEpochSecond());
        }
    }

    @Test
    void tokenResponsesAreNeverCached() {
        Map<String, String> client = Map.of("client_id", app.clientId(), "client_secret", app.clientSecret());

        HttpResponse<String> refreshed = http.form("/services/oauth2/token", with(with(client, "grant_type", "refresh_token"),
                "refresh_token", app.refreshToken()));
        HttpResponse<String> clientCredentials = http.form("/services/oauth2/token", with(client, "grant_type", "client_credentials"));
        HttpResponse<String> password = http.form("/services/oauth2/token", with(with(with(client, "grant_type", "password"),
                "username", app.username()), "password", app.password()));
        HttpResponse<String> refused = http.form("/services/oauth2/token", with(client, "grant_type", "nonsense"));

        for (HttpResponse<String> response : List.of(refreshed, clientCredentials, password, refused)) {
            assertThat(response.headers().firstValue("Cache-Control")).as(response.body()).contains("no-store");
        }
        assertThat(List.of(refreshed.statusCode(), clientCredentials.statusCode(), password.statusCode(), refused.statusCode()))
                .containsExactly(200, 200, 200, 400);
    }

    @Test
    void revokingARefreshTokenAlsoRevokesItsAccessTokens() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().contacts(1).start()) {
            SalesforceHttp client = new SalesforceHttp(emulator);
            String access = client.accessToken();

            client.form("/services/oauth2/revoke", Map.of("token", emulator.credentials().refreshToken()));

            assertThat(client.query("SELECT Id FROM Account", access).statusCode()).isEqualTo(401);
            HttpResponse<String> refresh = client.form("/services/oauth2/token", Map.of("grant_type", "refresh_token",
                    "client_id", emulator.credentials().clientId(), "refresh_token", emulator.credentials().refreshToken()));
            assertThat(SalesforceHttp.json(refresh).get("error").asText()).isEqualTo("invalid_grant");
        }
    }

    @Test
    void revokingAnUnknownTokenIsAnError() {
        HttpResponse<String> response = http.form("/services/oauth2/revoke", Map.of("token", "nope"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("error=invalid_token");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
