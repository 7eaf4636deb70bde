package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.emulator.support.RecordedRequest;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SOQL written by jsforce's query builder ({@code find}, {@code sort}, {@code skip}, {@code limit}, {@code SfDate}
 * literals, {@code $in}, {@code $like}, {@code $exists}, {@code $or}, {@code $includes}/{@code $excludes}) is parsed
 * and answered by the emulator, on Contact, Opportunity and the custom {@code Deal_Registration__c}.
 */
class SoqlBuilderIT {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @RegisterExtension
    static final SalesforceEmulatorExtension SALESFORCE =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(5).contacts(50).clock(new MutableClock(NOW)).build();

    private static JsonNode result;
    private static JsonNode results;

    @BeforeAll
    static void runScenario(SalesforceEmulator emulator) {
        result = NodeScenario.run(emulator, "soql-builder.mjs", Map.of("SF_NOW", NOW.toString()));
        results = result.path("results");
    }

    @Test
    void aQuoteInAValueIsEscapedAndMatched() {
        JsonNode found = results.path("escapedQuote");
        assertThat(found.path("soql").asText()).endsWith("WHERE LastName = 'O\\'Brien'");
        assertThat(ids(found)).containsExactly(created("obrien"));
    }

    @Test
    void inLikeNotNullOrOffsetAndParentFieldsWork() {
        assertThat(ids(results.path("inList"))).containsExactlyInAnyOrder(created("obrien"), created("other"));
        assertThat(results.path("notNullAndLike").path("records"))
                .allSatisfy(r -> assertThat(r.path("LastName").asText()).startsWith("O"))
                .extracting(r -> r.path("LastName").asText()).isSortedAccordingTo((a, b) -> b.compareToIgnoreCase(a));
        assertThat(ids(results.path("orAndOffset"))).containsExactly(created("obrien"));
        assertThat(results.path("parentField").path("size").asInt()).isEqualTo(3);
        assertThat(results.path("parentField").path("records"))
                .allSatisfy(r -> assertThat(r.path("Account").path("Name").asText()).isNotBlank());
    }

    @Test
    void dateLiteralsFromSfDateAreUnderstood() {
        assertThat(results.path("createdToday").path("soql").asText()).contains("CreatedDate >= TODAY");
        assertThat(ids(results.path("createdToday"))).contains(created("obrien"), created("other"));
        assertThat(results.path("createdLastNDays").path("soql").asText()).contains("CreatedDate = LAST_N_DAYS:3");
        assertThat(ids(results.path("createdLastNDays"))).contains(created("obrien"), created("other"));
        assertThat(results.path("createdSince").path("soql").asText()).contains("CreatedDate >= 2026-03-02T09:00:00Z");
        assertThat(ids(results.path("createdSince"))).containsExactlyInAnyOrder(created("obrien"), created("other"));
    }

    @Test
    void multiSelectPicklistsAnswerIncludesAndExcludes() {
        JsonNode regions = result.path("regions");
        JsonNode deal = results.path("includes").path("records").get(0);
        assertThat(deal.path("Id").asText()).isEqualTo(created("deal"));
        assertThat(deal.path("Regions__c").asText()).isEqualTo(regions.get(0).asText() + ";" + regions.get(1).asText());
        assertThat(deal.path("Amount__c").asDouble()).isEqualTo(1234.5);
        assertThat(deal.path("Registered_On__c").asText()).isEqualTo("2026-03-02");
        assertThat(results.path("excludes").path("size").asInt()).isZero();
    }

    @Test
    void customLookupsAreFollowedThroughTheirRelationshipName() {
        assertThat(results.path("customLookup").path("records")).hasSize(2).allSatisfy(r -> {
            assertThat(r.path("attributes").path("type").asText()).isEqualTo("Deal_Registration__c");
            assertThat(r.path("Account__r").path("attributes").path("type").asText()).isEqualTo("Account");
            assertThat(r.path("Account__r").path("Name").asText()).isNotBlank();
        });
    }

    @Test
    void opportunityDatesAndCurrencyRoundTrip() {
        JsonNode opportunity = results.path("opportunity").path("records").get(0);
        assertThat(opportunity.path("Id").asText()).isEqualTo(created("opportunity"));
        assertThat(opportunity.path("CloseDate").asText()).isEqualTo("2026-06-30");
        assertThat(opportunity.path("Amount").asDouble()).isEqualTo(5000.0);
        assertThat(opportunity.path("StageName").asText()).isEqualTo("Prospecting");
    }

    @Test
    void noQueryWasRejected(SalesforceEmulator emulator) {
        List<RecordedRequest> requests = NodeScenario.afterInitialRefresh(emulator.requestLog().requests());
        assertThat(requests).filteredOn(r -> r.path().equals("/services/data/v62.0/query"))
                .extracting(RecordedRequest::status).hasSize(13).containsOnly(200);
    }

    private static String created(String name) {
        return result.path("created").path(name).asText();
    }

    private static List<String> ids(JsonNode found) {
        List<String> ids = new ArrayList<>();
        found.path("records").forEach(r -> ids.add(r.path("Id").asText()));
        return ids;
    }
}
