package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.testkit.salesforce.oauth.TokenResponses;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefreshTokenGrantTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().clock(CLOCK).contacts(5).start();

    private SalesforceHttp http;
    private EmulatorCredentials credentials;

    @BeforeEach
    void client() {
        http = new SalesforceHttp(SF);
        credentials = SF.credentials();
    }

    private HttpResponse<String> refresh(String clientId, String secret, String refreshToken) {
        return http.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "client_id", clientId,
                "client_secret", secret, "refresh_token", refreshToken));
    }

    @Test
    void refreshGrantReturnsTheRecordedFieldsAndNoExpiresIn() {
        HttpResponse<String> response = refresh(credentials.clientId(), credentials.clientSecret(), credentials.refreshToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = SalesforceHttp.json(response);
        JsonShape.assertContainsShape(Fixtures.json("restforce/refresh_success_response.json"), body, "$");
        assertThat(JsonShape.fieldNames(body)).containsExactly(
                "access_token", "signature", "scope", "instance_url", "id", "token_type", "issued_at");
        assertThat(body.has("expires_in")).isFalse();
        assertThat(body.has("refresh_token")).isFalse();
    }

    @Test
    void refreshGrantDescribesTheInstanceAndIdentity() {
        JsonNode body = SalesforceHttp.json(refresh(credentials.clientId(), credentials.clientSecret(), credentials.refreshToken()));

        String base = SF.baseUrl().toString();
        assertThat(body.get("instance_url").asText()).isEqualTo(base).doesNotEndWith("/");
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("issued_at").isTextual()).isTrue();
        assertThat(body.get("issued_at").asText()).isEqualTo(Long.toString(CLOCK.instant().toEpochMilli()));
        assertThat(body.get("id").asText()).matches(java.util.regex.Pattern.quote(base) + "/id/00D[0-9A-Za-z]{15}/005[0-9A-Za-z]{15}");
        assertThat(body.get("access_token").asText()).startsWith(credentials.organizationId().substring(0, 15) + "!");
        assertThat(body.get("signature").asText())
                .isEqualTo(TokenResponses.signature(credentials.clientSecret(), body.get("id").asText() + body.get("issued_at").asText()));
    }

    @Test
    void identityUrlAnswersWithTheUserAndOrg() {
        JsonNode token = SalesforceHttp.json(refresh(credentials.clientId(), credentials.clientSecret(), credentials.refreshToken()));

        HttpResponse<String> response = http.get(token.get("id").asText() + "?format=json", token.get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode identity = SalesforceHttp.json(response);
        assertThat(identity.get("organization_id").asText()).isEqualTo(credentials.organizationId());
        assertThat(identity.get("username").asText()).isEqualTo(credentials.username());
        assertThat(identity.get("user_id").asText()).startsWith("005");
        assertThat(identity.get("urls").get("rest").asText()).endsWith("/services/data/v{version}/");
    }

    @Test
    void unknownRefreshTokenIsTheRecordedInvalidGrant() {
        HttpResponse<String> response = refresh(credentials.clientId(), credentials.clientSecret(), "5Aep861nope");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response)).isEqualTo(Fixtures.json("restforce/refresh_error_response.json"));
    }

    @Test
    void unknownClientIdIsInvalidClientId() {
        JsonNode body = SalesforceHttp.json(refresh("3MVG9unknown", credentials.clientSecret(), credentials.refreshToken()));

        assertThat(body.get("error").asText()).isEqualTo("invalid_client_id");
        assertThat(body.get("error_description").asText()).isEqualTo("client identifier invalid");
    }

    @Test
    void wrongClientSecretIsInvalidClient() {
        HttpResponse<String> response = refresh(credentials.clientId(), "123", credentials.refreshToken());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void unknownGrantTypeIsUnsupported() {
        HttpResponse<String> response = http.form("/services/oauth2/token", Map.of("grant_type", "magic"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response).get("error").asText()).isEqualTo("unsupported_grant_type");
    }
}
