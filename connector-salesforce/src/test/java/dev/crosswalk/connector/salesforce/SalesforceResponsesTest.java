package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import feign.Request;
import feign.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Salesforce status lands in exactly one failure class, keeping Salesforce's code; quota is read on errors too. */
class SalesforceResponsesTest {

    private static final Connection CONNECTION = Connection.builder(
            new ConnectionRef(new TenantId("acme"), new ConnectionId("sf")), "salesforce",
            URI.create("https://acme.my.salesforce.com")).build();

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final SalesforceQuota quota = new SalesforceQuota(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private final SalesforceResponses responses = new SalesforceResponses(SalesforceWire.mapper(), quota, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anExpiredSessionIsUnauthorized() {
        assertThatThrownBy(() -> rest(401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"))
                .isInstanceOfSatisfying(CrmFailure.Unauthorized.class,
                        failure -> assertThat(failure.providerCode()).contains("INVALID_SESSION_ID"));
    }

    @Test
    void aSpentDailyAllowanceIsAnExhaustedQuotaNotAnAuthFailure() {
        assertThatThrownBy(() -> rest(403, "[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]"))
                .isInstanceOfSatisfying(CrmFailure.QuotaExhausted.class, failure -> {
                    assertThat(failure.providerCode()).contains("REQUEST_LIMIT_EXCEEDED");
                    assertThat(failure).hasMessageContaining("daily API allowance is spent")
                            .hasMessageContaining("rolling 24 hours");
                });
    }

    @Test
    void theConcurrentRequestLimitIsARateLimitToBackOffFrom() {
        for (String message : List.of("ConcurrentPerOrgLongTxn Limit exceeded.",
                "ConcurrentRequests (Concurrent API Requests) Limit exceeded.")) {
            assertThatThrownBy(() -> rest(403, "[{\"message\":\"" + message + "\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]"))
                    .isExactlyInstanceOf(CrmFailure.RateLimited.class)
                    .hasMessageContaining(message);
        }
    }

    @Test
    void aForbiddenCallForAnyOtherReasonIsRejected() {
        assertThatThrownBy(() -> rest(403, "[{\"message\":\"insufficient access\",\"errorCode\":\"INSUFFICIENT_ACCESS\"}]"))
                .isInstanceOf(CrmFailure.Rejected.class);
    }

    @Test
    void a429KeepsRetryAfterGivenInSeconds() {
        assertThatThrownBy(() -> rest(429, "", Map.of("Retry-After", List.of("7"))))
                .isInstanceOfSatisfying(CrmFailure.RateLimited.class,
                        failure -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void a429KeepsRetryAfterGivenAsAnHttpDate() {
        assertThatThrownBy(() -> rest(429, "", Map.of("Retry-After", List.of("Sat, 05 Dec 2026 10:01:30 GMT"))))
                .isInstanceOfSatisfying(CrmFailure.RateLimited.class,
                        failure -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(90)));
    }

    @Test
    void serverErrorsAreTransient() {
        for (int status : List.of(500, 502, 503)) {
            assertThatThrownBy(() -> rest(status, "[{\"message\":\"maintenance\",\"errorCode\":\"SERVER_UNAVAILABLE\"}]"))
                    .isInstanceOf(CrmFailure.Transient.class);
        }
    }

    @Test
    void aBadQueryIsRejectedWithSalesforcesCodeAndMessage() {
        assertThatThrownBy(() -> rest(400, "[{\"message\":\"No such column 'Foo' on entity 'Contact'\",\"errorCode\":\"INVALID_FIELD\"}]"))
                .isInstanceOfSatisfying(CrmFailure.Rejected.class, failure -> {
                    assertThat(failure.providerCode()).contains("INVALID_FIELD");
                    assertThat(failure.getMessage()).contains("acme/sf", "No such column 'Foo'");
                });
    }

    @Test
    void aMissingRecordIsNotFound() {
        assertThatThrownBy(() -> rest(404, "[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]"))
                .isInstanceOf(CrmFailure.NotFound.class);
    }

    @Test
    void aRefusedRefreshGrantNeedsReauthorisation() {
        assertThatThrownBy(() -> oauth(400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}"))
                .isInstanceOfSatisfying(CrmFailure.ReauthorizationRequired.class,
                        failure -> assertThat(failure.providerCode()).contains("invalid_grant"));
    }

    @Test
    void aBlockedConnectedAppTellsTheCustomersAdminWhatToInstallAndWhere() {
        assertThatThrownBy(() -> oauth(400, "{\"error\":\"OAUTH_APP_BLOCKED\",\"error_description\":\"this app is blocked by admin\"}"))
                .isInstanceOfSatisfying(CrmFailure.ReauthorizationRequired.class, failure -> {
                    assertThat(failure.providerCode()).contains("OAUTH_APP_BLOCKED");
                    assertThat(failure).hasMessageContaining("an administrator of that org must install it")
                            .hasMessageContaining("Setup > Apps > Connected Apps OAuth Usage");
                });
    }

    @Test
    void aWrongClientIsAConfigurationProblemNotAReauthorisation() {
        for (String code : new String[] {"invalid_client_id", "invalid_client", "unauthorized_client"}) {
            assertThatThrownBy(() -> oauth(400, "{\"error\":\"" + code + "\",\"error_description\":\"no\"}"))
                    .isInstanceOf(CrmFailure.ConnectorMisconfigured.class)
                    .hasMessageContaining("Check the connector's client_id");
        }
    }

    @Test
    void aRateLimitedTokenCallIsRateLimitedSoItDoesNotCountAgainstTheConnection() {
        assertThatThrownBy(() -> oauth(429, ""))
                .isInstanceOf(CrmFailure.RateLimited.class);
    }

    @Test
    void aTokenEndpointOutageIsTransient() {
        assertThatThrownBy(() -> oauth(503, "<html>down</html>")).isInstanceOf(CrmFailure.Transient.class);
    }

    @Test
    void readsTheApiUsageHeaderOnFailuresToo() {
        assertThatThrownBy(() -> rest(400, "[{\"message\":\"bad\",\"errorCode\":\"MALFORMED_QUERY\"}]",
                Map.of("Sforce-Limit-Info", List.of("api-usage=81/100"))));

        assertThat(quota.lastKnownUsage(CONNECTION)).hasValueSatisfying(usage -> {
            assertThat(usage.used()).isEqualTo(81);
            assertThat(usage.limit()).isEqualTo(100);
            assertThat(usage.window()).contains(Duration.ofHours(24));
            assertThat(usage.observedAt()).isEqualTo(Instant.EPOCH);
        });
    }

    private void rest(int status, String body) {
        rest(status, body, Map.of());
    }

    private void rest(int status, String body, Map<String, Collection<String>> headers) {
        responses.rest(CONNECTION, "run a query", () -> response(status, body, headers), Object.class);
    }

    private void oauth(int status, String body) {
        responses.oauth(CONNECTION, () -> response(status, body, Map.of()), Object.class);
    }

    private static Response response(int status, String body, Map<String, Collection<String>> headers) {
        Request request = Request.create(Request.HttpMethod.GET, "https://acme.my.salesforce.com/services/data/v62.0/query",
                Map.of(), null, StandardCharsets.UTF_8, null);
        return Response.builder()
                .status(status)
                .request(request)
                .headers(headers)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Test
    void aNotModifiedAnswerToAConditionalCallIsNoFailureAndCarriesNoBody() {
        SalesforceResponses.Conditional<Object> answer = responses.conditional(CONNECTION, "describe Contact",
                () -> response(304, "", Map.of("Sforce-Limit-Info", List.of("api-usage=5/100"))), Object.class);

        assertThat(answer.notModified()).isTrue();
        assertThat(quota.lastKnownUsage(CONNECTION)).hasValueSatisfying(usage -> assertThat(usage.used()).isEqualTo(5));
    }

    @Test
    void aConditionalCallKeepsTheLastModifiedSalesforceSent() {
        SalesforceResponses.Conditional<Object> answer = responses.conditional(CONNECTION, "describe Contact",
                () -> response(200, "{\"name\":\"Contact\"}",
                        Map.of("Last-Modified", List.of("Tue, 03 Jun 2025 10:00:00 GMT"))), Object.class);

        assertThat(answer.notModified()).isFalse();
        assertThat(answer.lastModified()).isEqualTo("Tue, 03 Jun 2025 10:00:00 GMT");
    }

    @Test
    void aFailedConditionalCallIsClassifiedLikeAnyOther() {
        assertThatThrownBy(() -> responses.conditional(CONNECTION, "describe Nope",
                () -> response(404, "[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]",
                        Map.of()), Object.class))
                .isInstanceOf(CrmFailure.NotFound.class);
    }

    @Test
    void aSuccessWithANullBodyIsTransient() {
        assertThatThrownBy(() -> rest(200, "null")).isInstanceOf(CrmFailure.Transient.class);
    }

    @Test
    void anUnreadableSuccessIsTransientAndHidesTheParserMessage() {
        assertThatThrownBy(() -> rest(200, "{not json"))
                .isInstanceOf(CrmFailure.Transient.class)
                .hasMessageNotContaining("Unexpected character");
    }
}
