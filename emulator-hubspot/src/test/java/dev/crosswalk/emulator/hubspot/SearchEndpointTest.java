package dev.crosswalk.emulator.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchEndpointTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private HubSpotEmulator emulator;
    private Http http;

    @BeforeEach
    void start() {
        emulator = HubSpotEmulator.builder().seed(3).clock(clock).companies(10).contacts(450).deals(20).start();
        http = new Http(emulator.baseUrl(), emulator.credentials().privateAppToken());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode search(String type, String body) {
        clock.advance(Duration.ofSeconds(1));
        Http.Answer answer = http.post("/crm/v3/objects/" + type + "/search", body);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void pagesThroughEveryMatchWithTotalAndAfter() {
        List<String> ids = new ArrayList<>();
        String after = "0";
        JsonNode page;
        do {
            page = search("contacts", "{\"limit\": 200, \"after\": \"" + after + "\", \"sorts\": [\"-createdate\"]}");
            page.path("results").forEach(c -> ids.add(c.path("id").asText()));
            after = page.path("paging").path("next").path("after").asText(null);
        } while (after != null);
        assertThat(page.path("total").asInt()).isEqualTo(450);
        assertThat(ids).hasSize(450).doesNotHaveDuplicates();
    }

    @Test
    void orsFilterGroupsAndAndsTheirFilters() {
        JsonNode gold = search("contacts", """
                {"filterGroups": [{"filters": [{"propertyName": "customer_tier", "operator": "EQ", "value": "gold"}]}], "limit": 200}""");
        JsonNode goldOrSilver = search("contacts", """
                {"filterGroups": [{"filters": [{"propertyName": "customer_tier", "operator": "EQ", "value": "gold"}]},
                                  {"filters": [{"propertyName": "customer_tier", "operator": "EQ", "value": "silver"}]}]}""");
        JsonNode goldAndLead = search("contacts", """
                {"filterGroups": [{"filters": [{"propertyName": "customer_tier", "operator": "IN", "values": ["gold"]},
                                               {"propertyName": "lifecyclestage", "operator": "EQ", "value": "lead"}]}],
                 "properties": ["customer_tier", "lifecyclestage"]}""");
        int golds = gold.path("total").asInt();
        assertThat(golds).isBetween(100, 200);
        assertThat(goldOrSilver.path("total").asInt()).isGreaterThan(golds).isLessThan(450);
        assertThat(goldAndLead.path("total").asInt()).isPositive().isLessThan(golds);
        goldAndLead.path("results").forEach(c -> {
            assertThat(c.path("properties").path("customer_tier").asText()).isEqualTo("gold");
            assertThat(c.has("associations")).isFalse();
        });
    }

    @Test
    void comparesDatesAndNumbersByValue() {
        JsonNode recent = search("contacts", """
                {"filterGroups": [{"filters": [{"propertyName": "lastmodifieddate", "operator": "GTE", "value": "%d"}]}],
                 "sorts": [{"propertyName": "lastmodifieddate", "direction": "ASCENDING"}], "properties": ["email"]}"""
                .formatted(Instant.parse("2026-02-28T00:00:00Z").toEpochMilli()));
        assertThat(recent.path("total").asInt()).isPositive().isLessThan(450);
        assertThat(Instant.parse(recent.path("results").get(0).path("properties").path("lastmodifieddate").asText()))
                .isAfterOrEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        JsonNode big = search("deals", """
                {"filterGroups": [{"filters": [{"propertyName": "amount", "operator": "BETWEEN", "value": "100000", "highValue": "200000"}]}]}""");
        big.path("results").forEach(d -> assertThat(d.path("properties").path("amount").asInt()).isBetween(100_000, 200_000));
        JsonNode token = search("companies", """
                {"filterGroups": [{"filters": [{"propertyName": "domain", "operator": "CONTAINS_TOKEN", "value": "*example*"}]}]}""");
        assertThat(token.path("total").asInt()).isEqualTo(10);
        JsonNode none = search("companies", """
                {"filterGroups": [{"filters": [{"propertyName": "customer_segment", "operator": "NOT_HAS_PROPERTY"}]}]}""");
        assertThat(none.path("total").asInt()).isZero();
    }

    @Test
    void refusesMoreThanTwoHundredAPageAndPagingPastTenThousand() {
        assertThat(http.post("/crm/v3/objects/contacts/search", "{\"limit\": 201}").status()).isEqualTo(400);
        clock.advance(Duration.ofSeconds(1));
        Http.Answer past = http.post("/crm/v3/objects/contacts/search", "{\"limit\": 100, \"after\": \"10000\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void refusesMoreThanFiveGroupsOrEighteenFilters() {
        String filter = "{\"propertyName\": \"email\", \"operator\": \"HAS_PROPERTY\"}";
        String group3 = "{\"filters\": [" + String.join(",", java.util.Collections.nCopies(3, filter)) + "]}";
        String group4 = "{\"filters\": [" + String.join(",", java.util.Collections.nCopies(4, filter)) + "]}";
        String sixGroups = "{\"filterGroups\": [" + String.join(",", java.util.Collections.nCopies(6, group3)) + "]}";
        String nineteen = "{\"filterGroups\": [" + String.join(",", java.util.Collections.nCopies(4, group4)) + "," + group3 + "]}";
        String eighteen = "{\"filterGroups\": [" + String.join(",", java.util.Collections.nCopies(3, group4)) + "," + group3 + "," + group3 + "]}";
        assertThat(http.post("/crm/v3/objects/contacts/search", sixGroups).status()).isEqualTo(400);
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.post("/crm/v3/objects/contacts/search", nineteen).status()).isEqualTo(400);
        assertThat(search("contacts", eighteen).path("total").asInt()).isEqualTo(450);
    }

    @Test
    void refusesTheSixthSearchInOneSecondWithASecondly429() {
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/crm/v3/objects/deals/search", "{}").status()).isEqualTo(200);
        }
        Http.Answer refused = http.post("/crm/v3/objects/deals/search", "{}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("policyName").asText()).isEqualTo("SECONDLY");
        assertThat(refused.json().path("errorType").asText()).isEqualTo("RATE_LIMIT");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.post("/crm/v3/objects/deals/search", "{}").status()).isEqualTo(200);
    }

    @Test
    void findsRecordsByAQueryWord() {
        JsonNode found = search("contacts", "{\"query\": \"lovelace\", \"properties\": [\"lastname\"], \"limit\": 200}");
        assertThat(found.path("total").asInt()).isPositive();
        found.path("results").forEach(c -> assertThat(c.path("properties").path("lastname").asText()).isEqualTo("Lovelace"));
    }
}
