package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's official Node client, {@code @hubspot/api-client}, against the standalone HubSpot emulator started as its
 * own process: paging, reads, search, properties and associations, and the errors the client surfaces.
 */
class HubSpotClientIT {

    private static final int CONTACTS = 250;
    private static final int COMPANIES = 20;
    private static final int DEALS = 40;

    private static StandaloneHubSpot emulator;

    @BeforeAll
    static void start() {
        emulator = StandaloneHubSpot.start("--portals", "2", "--contacts", Integer.toString(CONTACTS),
                "--companies", Integer.toString(COMPANIES), "--deals", Integer.toString(DEALS),
                "--access-token-lifetime", "PT4S");
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void readsContactsCompaniesAndDealsToTheEndWithTheOfficialClient() {
        JsonNode result = NodeScenario.run("hubspot-read.mjs", emulator.environment(0));

        assertThat(result.path("contacts").path("pages").asInt()).isEqualTo(3);
        assertThat(result.path("contacts").path("fetched").asInt()).isEqualTo(CONTACTS);
        assertThat(result.path("contacts").path("distinct").asInt()).isEqualTo(CONTACTS);
        assertThat(result.path("companies").path("distinct").asInt()).isEqualTo(COMPANIES);
        assertThat(result.path("deals").path("distinct").asInt()).isEqualTo(DEALS);
        assertThat(result.path("contacts").path("firstCompanies")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("contact_to_company", "contact_to_company_unlabeled");
        assertThat(result.path("deals").path("firstCompanies")).extracting(JsonNode::asText).contains("deal_to_company");
        for (String type : new String[] {"contacts", "companies", "deals"}) {
            JsonNode read = result.path(type);
            assertThat(read.path("byId").path("custom").asText()).as(type).isNotEmpty();
            assertThat(read.path("byId").path("createdAt").asText()).as(type).endsWith("Z");
            assertThat(read.path("custom").path("type").asText()).as(type).isEqualTo("enumeration");
            assertThat(read.path("custom").path("hubspotDefined").asBoolean()).as(type).isFalse();
            assertThat(read.path("searched").path("fetched").asInt()).as(type)
                    .isEqualTo(read.path("searched").path("total").asInt()).isPositive();
            assertThat(read.path("searched").path("values")).as(type).hasSize(1);
        }
        assertThat(result.path("associations").get(0).path("typeIds")).extracting(JsonNode::asInt).containsExactly(1, 279);
    }

    @Test
    void surfacesHubSpotErrorsAsTheClientsApiException() {
        Map<String, String> env = new LinkedHashMap<>(emulator.environment(1));
        env.put("HUBSPOT_WAIT_FOR_EXPIRY_MS", "4500");
        JsonNode result = NodeScenario.run("hubspot-errors.mjs", env);

        assertThat(result.path("unknown").path("code").asInt()).isEqualTo(401);
        assertThat(result.path("unknown").path("body").path("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
        assertThat(result.path("refreshed").path("expiresIn").asInt()).isEqualTo(4);
        assertThat(result.path("refreshed").path("companies").asInt()).isEqualTo(2);
        assertThat(result.path("expired").path("code").asInt()).isEqualTo(401);
        assertThat(result.path("expired").path("body").path("category").asText()).isEqualTo("EXPIRED_AUTHENTICATION");
        assertThat(result.path("badRefresh").path("code").asInt()).isEqualTo(400);
        assertThat(result.path("badRefresh").path("body").path("status").asText()).isEqualTo("BAD_REFRESH_TOKEN");
        // twelve searches at once: five a second pass (more only if the burst outlasts a second), the rest get 429
        assertThat(result.path("searches").path("fulfilled").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode limited = result.path("searches").path("limited");
        assertThat(limited).hasSize(12 - result.path("searches").path("fulfilled").asInt()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.path("code").asInt()).isEqualTo(429);
            assertThat(error.path("body").path("policyName").asText()).isEqualTo("SECONDLY");
        });
    }
}
