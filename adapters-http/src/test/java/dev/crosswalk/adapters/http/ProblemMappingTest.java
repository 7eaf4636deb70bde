package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.in.UseCaseException.CrmCallFailed;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reason a use case gives becomes its own problem, with the use case's message as the detail. */
class ProblemMappingTest extends ApiTest {

    private static final ConnectionRef REF = FakeCrm.ACME_SF;

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of(new UseCaseException.InvalidCursor(), 400, "invalid-cursor"),
                Arguments.of(new UseCaseException.ConnectionNotFound(REF), 404, "connection-not-found"),
                Arguments.of(new UseCaseException.ObjectNotFound("no object 'X'"), 404, "object-not-found"),
                Arguments.of(new UseCaseException.RecordNotFound("no contact '003Z'"), 404, "record-not-found"),
                Arguments.of(new UseCaseException.ConnectionNeedsReauthorization(REF), 409,
                        "connection-needs-reauthorization"),
                Arguments.of(new UseCaseException.ConnectorNotInstalled("hubspot"), 501, "connector-not-installed"),
                Arguments.of(new UseCaseException.CapabilityUnavailable("hubspot", "search"), 501,
                        "capability-unavailable"),
                Arguments.of(new UseCaseException.MappingFailed("contact.yaml: response.name: $join failed on 003A",
                        new IllegalStateException("jsonata")), 422, "mapping-failed"),
                Arguments.of(new UseCaseException.OverrideConflict("changed meanwhile"), 409, "override-conflict"),
                Arguments.of(new UseCaseException.NoSuchOverride("no version 9"), 404, "no-such-override"),
                Arguments.of(crm(CrmCallFailed.Kind.UNAVAILABLE, "Salesforce answered 503"), 503, "crm-unavailable"),
                Arguments.of(crm(CrmCallFailed.Kind.TOKEN_REFUSED, "Session expired or invalid"), 502,
                        "crm-unauthorized"),
                Arguments.of(crm(CrmCallFailed.Kind.REJECTED, "No such column 'Foo__c'"), 502, "crm-rejected"),
                Arguments.of(crm(CrmCallFailed.Kind.NOT_FOUND, "The requested resource does not exist"), 404,
                        "crm-not-found"));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void answersEachReasonWithItsStatusAndTypeAndTheUseCasesMessage(UseCaseException reason, int status, String type)
            throws Exception {
        crm.failNextCall(reason);

        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME), status, type);

        assertThat(problem.get("detail").asText()).isEqualTo(reason.getMessage());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo("/unified/crm/contacts");
        assertThat(problem.toString()).doesNotContain("jsonata").doesNotContain("Exception");
        if (reason instanceof CrmCallFailed failed) {
            assertThat(problem.get("provider_code").asText()).isEqualTo("CODE_" + failed.kind());
        } else {
            assertThat(problem.has("provider_code")).isFalse();
        }
    }

    @Test
    void listsTheValidValuesOfAnInvalidRequest() throws Exception {
        crm.failNextCall(new UseCaseException.InvalidRequest("unknown field 'foo'", List.of("first_name", "title")));

        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME), 400, "invalid-request");

        assertThat(problem.get("valid_values")).extracting(JsonNode::asText).containsExactly("first_name", "title");
    }

    @Test
    void listsEveryProblemOfARejectedMapping() throws Exception {
        crm.failNextCall(new UseCaseException.MappingRejected(List.of("override:1:1: a", "override:2:1: b")));

        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME), 422, "mapping-rejected");

        assertThat(problem.get("problems")).extracting(JsonNode::asText)
                .containsExactly("override:1:1: a", "override:2:1: b");
    }

    @Test
    void saysTheConnectionsTokensCannotBeReadWithoutA500() throws Exception {
        crm.failNextCall(new UseCaseException.ConnectionTokensUnreadable(FakeCrm.ACME_SF));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        JsonNode problem = assertProblem(response, 409, "connection-tokens-unreadable");
        assertThat(problem.get("detail").asText()).contains("restart it with the key they were stored with");
    }

    @Test
    void saysTheCrmsAllowanceForThePeriodIsSpentApartFromARateLimit() throws Exception {
        crm.failNextCall(new CrmCallFailed(CrmCallFailed.Kind.QUOTA_EXHAUSTED, "TotalRequests Limit exceeded.",
                "REQUEST_LIMIT_EXCEEDED", null, null));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        JsonNode problem = assertProblem(response, 429, "crm-quota-exhausted");
        assertThat(problem.get("detail").asText()).contains("TotalRequests Limit exceeded.");
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void passesACrmRateLimitOnWithRetryAfterAndTheProvidersCode() throws Exception {
        crm.failNextCall(new CrmCallFailed(CrmCallFailed.Kind.RATE_LIMITED, "ConcurrentPerOrgLongTxn Limit exceeded.",
                "REQUEST_LIMIT_EXCEEDED", Duration.ofMillis(30_500), null));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        JsonNode problem = assertProblem(response, 429, "crm-rate-limited");
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
        assertThat(problem.get("provider_code").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void sendsNoRetryAfterWhenTheCrmDidNotSayAndNoProviderCodeWhenItSentNone() throws Exception {
        crm.failNextCall(new CrmCallFailed(CrmCallFailed.Kind.RATE_LIMITED, "slow down", null, null, null));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        assertThat(assertProblem(response, 429, "crm-rate-limited").has("provider_code")).isFalse();
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void asksForAtLeastOneSecondWhenTheCrmAsksForLess() throws Exception {
        crm.failNextCall(new CrmCallFailed(CrmCallFailed.Kind.RATE_LIMITED, "slow down", null, Duration.ofMillis(10),
                null));

        assertThat(get("/unified/crm/contacts" + ACME).headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void hidesTheCauseOfAnUnexpectedFailure() throws Exception {
        crm.failNextCall(new IllegalStateException("secret internals at dev.crosswalk.Foo"));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        assertProblem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException")
                .doesNotContain("dev.crosswalk");
    }

    private static CrmCallFailed crm(CrmCallFailed.Kind kind, String message) {
        return new CrmCallFailed(kind, message, "CODE_" + kind, null, new RuntimeException("connector detail"));
    }
}
