package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standard token grants against a token endpoint served over real HTTP on loopback. */
class OAuthTokenEndpointTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final ConnectionRef CONNECTION = new ConnectionRef(new TenantId("acme"), new ConnectionId("crm"));

    private final AtomicReference<Map<String, String>> lastForm = new AtomicReference<>();
    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private HttpServer server;
    private ProviderHttp http;
    private OAuthTokenEndpoint endpoint;

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            lastForm.set(List.of(form.split("&")).stream().map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                    pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))));
            Answer reply = answer.get();
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        http = new ProviderHttp("Acme CRM", Duration.ofSeconds(2), Duration.ofSeconds(2));
        endpoint = new OAuthTokenEndpoint(http, new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token"), "the-client",
                Secret.of("the-secret"), Set.of("BAD_REFRESH_TOKEN"), Set.of("BAD_CLIENT_ID"));
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop(0);
    }

    @Test
    void refreshSendsTheStandardFormAndReadsExpiryRotationAndScopes() {
        answer.set(new Answer(200, "{\"token_type\":\"bearer\",\"access_token\":\"new-access\",\"refresh_token\":"
                + "\"rotated\",\"expires_in\":1800,\"scope\":\"crm.read  oauth\"}", Map.of()));

        OAuthTokens tokens = endpoint.refresh(CONNECTION, Secret.of("old-refresh"));

        assertThat(lastForm.get()).containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "old-refresh").containsEntry("client_id", "the-client")
                .containsEntry("client_secret", "the-secret");
        assertThat(tokens.access()).map(Secret::reveal).contains("new-access");
        assertThat(tokens.refresh()).map(Secret::reveal).contains("rotated");
        assertThat(tokens.expiresAt()).contains(NOW.plusSeconds(1800));
        assertThat(tokens.scopes()).containsExactly("crm.read", "oauth");
    }

    @Test
    void aRefreshWithoutExpiryOrRotationKeepsTheRefreshTokenAndNeedsNoExpiry() {
        answer.set(new Answer(200, "{\"access_token\":\"new-access\",\"scopes\":[\"a\",\"b\"]}", Map.of()));

        OAuthTokens tokens = endpoint.refresh(CONNECTION, Secret.of("old-refresh"));

        assertThat(tokens.refresh()).isEmpty();
        assertThat(tokens.expiresAt()).isEmpty();
        assertThat(tokens.scopes()).containsExactly("a", "b");
    }

    @Test
    void theCodeExchangeSendsTheVerifierAndRedirect() {
        answer.set(new Answer(200, "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":60}", Map.of()));

        endpoint.exchangeCode(CONNECTION, "the-code", Secret.of("the-verifier"), URI.create("https://app/cb"));

        assertThat(lastForm.get()).containsEntry("grant_type", "authorization_code").containsEntry("code", "the-code")
                .containsEntry("code_verifier", "the-verifier").containsEntry("redirect_uri", "https://app/cb");
    }

    @Test
    void aDeadGrantInTheStandardOrTheProvidersOwnCodeNeedsTheCustomer() {
        answer.set(new Answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}", Map.of()));
        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r")))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class).hasMessageContaining("expired");

        answer.set(new Answer(400, "{\"status\":\"BAD_REFRESH_TOKEN\",\"message\":\"missing or unknown\"}", Map.of()));
        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r")))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                .hasMessageContaining("BAD_REFRESH_TOKEN").hasMessageNotContaining("the-secret");
    }

    @Test
    void aRefusedClientIsTheOperatorsToFixNotTheCustomers() {
        answer.set(new Answer(401, "{\"error\":\"invalid_client\"}", Map.of()));

        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r")))
                .isInstanceOf(CrmFailure.ConnectorMisconfigured.class).hasMessageContaining("client_id");
    }

    @Test
    void aClientRefusedInTheProvidersOwnCodeIsTheOperatorsToFixEvenBesideAStandardError() {
        answer.set(new Answer(400, "{\"status\":\"BAD_CLIENT_ID\",\"error\":\"invalid_request\",\"message\":"
                + "\"unknown client\"}", Map.of()));

        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r")))
                .isInstanceOfSatisfying(CrmFailure.ConnectorMisconfigured.class,
                        refused -> assertThat(refused.providerCode()).contains("BAD_CLIENT_ID"));
    }

    @Test
    void anUnreadableRefusalOrA401IsRejectedNeverTakenForAnExpiredAccessToken() {
        answer.set(new Answer(400, "<html>bad request</html>", Map.of()));
        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r"))).isInstanceOf(CrmFailure.Rejected.class)
                .hasMessageContaining("HTTP 400");

        answer.set(new Answer(401, "{\"error\":\"invalid_request\"}", Map.of()));
        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r"))).isInstanceOf(CrmFailure.Rejected.class);
    }

    @Test
    void serverErrorsAndRateLimitsMayPass() {
        answer.set(new Answer(503, "unavailable", Map.of()));
        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r"))).isInstanceOf(CrmFailure.Transient.class);

        answer.set(new Answer(429, "{\"error\":\"invalid_grant\"}", Map.of("Retry-After", "7")));
        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r")))
                .isInstanceOfSatisfying(CrmFailure.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void aResponseWithoutAnAccessTokenIsNotTakenForTokens() {
        answer.set(new Answer(200, "{\"token_type\":\"bearer\"}", Map.of()));

        assertThatThrownBy(() -> endpoint.refresh(CONNECTION, Secret.of("r"))).isInstanceOf(CrmFailure.Transient.class)
                .hasMessageContaining("no access token");
    }
}
