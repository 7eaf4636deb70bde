package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * REST error bodies ({@code [{"message","errorCode"}]}) must reach jsforce callers as errors whose {@code name} and
 * {@code errorCode} are the platform's error code.
 */
class ErrorMappingIT {

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(20).build();

    private static JsonNode result;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        result = NodeScenario.run(emulator, "errors.mjs");
    }

    @Test
    void anIncompleteQueryIsMalformedQuery() {
        JsonNode error = result.path("malformedQuery");
        assertError(error, "MALFORMED_QUERY");
        assertThat(error.path("message").asText()).contains("ERROR at Row:1:Column:30").contains("unexpected token: <EOF>");
    }

    @Test
    void anUnknownColumnIsInvalidField() {
        JsonNode error = result.path("invalidField");
        assertError(error, "INVALID_FIELD");
        assertThat(error.path("message").asText()).contains("No such column 'Foo__c' on entity 'Contact'");
    }

    @Test
    void anUnknownObjectIsInvalidType() {
        JsonNode error = result.path("invalidType");
        assertError(error, "INVALID_TYPE");
        assertThat(error.path("message").asText()).contains("sObject type 'Foo__c' is not supported");
    }

    @Test
    void anUnknownRecordIsNotFound() {
        assertError(result.path("notFound"), "NOT_FOUND");
    }

    @Test
    void aMissingRequiredFieldIsRequiredFieldMissing() {
        JsonNode error = result.path("requiredFieldMissing");
        assertError(error, "REQUIRED_FIELD_MISSING");
        assertThat(error.path("message").asText()).isEqualTo("Required fields are missing: [LastName]");
    }

    @Test
    void anUnknownFieldInAWriteIsInvalidField() {
        JsonNode error = result.path("unknownFieldOnWrite");
        assertError(error, "INVALID_FIELD");
        assertThat(error.path("message").asText()).isEqualTo("No such column 'Foo__c' on sobject of type Contact");
    }

    @Test
    void anUnknownExternalIdFieldIsNotFound() {
        JsonNode error = result.path("unknownExternalIdField");
        assertError(error, "NOT_FOUND");
        assertThat(error.path("message").asText())
                .isEqualTo("Provided external ID field does not exist or is not accessible: Nope__c");
    }

    @Test
    void describingAnUnknownObjectIsNotFound() {
        assertError(result.path("unknownSObject"), "NOT_FOUND");
    }

    @Test
    void anUpsertMatchingSeveralRecordsIsMultipleChoicesWithTheirUrls() {
        JsonNode error = result.path("multipleMatches");
        assertError(error, "MULTIPLE_CHOICES");
        assertThat(error.path("data")).hasSize(2)
                .allSatisfy(url -> assertThat(url.asText()).matches("/services/data/v62\\.0/sobjects/Contact/003[0-9A-Za-z]{15}"));
    }

    @Test
    void destroyingADeletedRecordIsEntityIsDeleted() {
        assertError(result.path("destroyTwice"), "ENTITY_IS_DELETED");
    }

    @Test
    void eachErrorIsAnsweredOnceWithoutRetries(SalesforceEmulator emulator) {
        List<RecordedRequest> requests = NodeScenario.afterInitialRefresh(emulator.requestLog().requests());
        assertThat(requests).extracting(r -> r.method() + " " + r.path().replace("/services/data/v62.0", "") + " " + r.status())
                .containsExactly("GET /query 400", "GET /query 400", "GET /query 400",
                        "GET /sobjects/Contact/003000000000000AAA 404", "POST /sobjects/Contact 400",
                        "POST /sobjects/Contact 400", "PATCH /sobjects/Contact/Nope__c/a 404",
                        "GET /sobjects/Foo__c/describe 404",
                        "POST /sobjects/Contact 201", "POST /sobjects/Contact 201", "PATCH /sobjects/Contact/External_Id__c/twin 300",
                        "POST /sobjects/Contact 201", "DELETE /sobjects/Contact/" + destroyedTwiceId() + " 204",
                        "DELETE /sobjects/Contact/" + destroyedTwiceId() + " 404");
    }

    @Test
    void callsPastTheDailyAllowanceAreRequestLimitExceeded() {
        try (SalesforceEmulator limited = SalesforceEmulator.builder().port(0).seed(42L).accounts(5).contacts(20)
                .dailyApiRequests(4).start()) {
            JsonNode run = NodeScenario.run(limited, "limit-exceeded.mjs");

            int succeeded = run.path("succeeded").asInt();
            assertThat(succeeded).isBetween(1, 4);
            // conn.limitInfo follows Sforce-Limit-Info: one more call used each time, the last one used up the allowance.
            for (int i = 0; i < succeeded; i++) {
                assertThat(run.path("usage").get(i).path("limit").asInt()).isEqualTo(4);
                assertThat(run.path("usage").get(i).path("used").asInt()).isEqualTo(4 - succeeded + 1 + i);
            }
            JsonNode failure = run.path("failure");
            assertThat(failure.path("errorCode").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
            assertThat(failure.path("name").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
            assertThat(failure.path("message").asText()).isEqualTo("TotalRequests Limit exceeded.");
            // 403 is not a status jsforce retries, so the refusal is answered exactly once.
            assertThat(limited.requestLog().requests()).filteredOn(r -> r.status() == 403).hasSize(1);
        }
    }

    private static String destroyedTwiceId() {
        return SALESFORCE.emulator().requestLog().requests().stream()
                .filter(r -> r.method().equals("DELETE"))
                .map(r -> r.path().substring(r.path().lastIndexOf('/') + 1))
                .findFirst()
                .orElse("<no DELETE>");
    }

    private static void assertError(JsonNode error, String code) {
        assertThat(error.path("failed").asBoolean()).as("the call failed").isTrue();
        assertThat(error.path("errorCode").asText()).isEqualTo(code);
        assertThat(error.path("name").asText()).isEqualTo(code);
    }
}
