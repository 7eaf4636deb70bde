package dev.crosswalk.emulator.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObjectEndpointsTest {

    private static HubSpotEmulator emulator;
    private static Http http;

    @BeforeAll
    static void start() {
        emulator = HubSpotEmulator.builder().seed(7).companies(12).contacts(234).deals(30).burstLimit(10_000).start();
        http = new Http(emulator.baseUrl(), emulator.credentials().privateAppToken());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void pagesThroughEveryContactWithoutLossOrDuplicates() {
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = http.get("/crm/v3/objects/contacts?limit=100" + (after == null ? "" : "&after=" + after)).json();
            page.path("results").forEach(contact -> ids.add(contact.path("id").asText()));
            after = page.path("paging").path("next").path("after").asText(null);
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(234).doesNotHaveDuplicates();
    }

    @Test
    void answersDefaultPropertiesAsStringsWithDatesInMilliseconds() {
        JsonNode contact = http.get("/crm/v3/objects/contacts").json().path("results").get(0);
        assertThat(http.get("/crm/v3/objects/contacts").json().path("results")).hasSize(10);
        assertThat(contact.path("properties").fieldNames()).toIterable()
                .containsExactly("createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname");
        contact.path("properties").forEach(value -> assertThat(value.isTextual()).isTrue());
        assertThat(contact.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(contact.path("properties").path("hs_object_id").asText()).isEqualTo(contact.path("id").asText());
        assertThat(contact.path("archived").asBoolean()).isFalse();
    }

    @Test
    void refusesPagesLargerThanAHundred() {
        Http.Answer answer = http.get("/crm/v3/objects/contacts?limit=101");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(answer.json().path("correlationId").asText()).hasSize(36);
    }

    @Test
    void readsTheAskedPropertiesAndThePrimaryCompany() {
        JsonNode first = http.get("/crm/v3/objects/0-1?limit=1").json().path("results").get(0);
        JsonNode contact = http.get("/crm/v3/objects/contacts/" + first.path("id").asText()
                + "?properties=customer_tier,jobtitle,nonexistent&associations=companies").json();
        assertThat(contact.path("properties").has("customer_tier")).isTrue();
        assertThat(contact.path("properties").has("nonexistent")).isFalse();
        JsonNode links = contact.path("associations").path("companies").path("results");
        assertThat(links).extracting(link -> link.path("type").asText())
                .containsExactlyInAnyOrder("contact_to_company", "contact_to_company_unlabeled");
        String companyId = links.get(0).path("id").asText();
        assertThat(http.get("/crm/v3/objects/companies/" + companyId).status()).isEqualTo(200);
        JsonNode v4 = http.get("/crm/v4/objects/contacts/" + first.path("id").asText() + "/associations/companies").json();
        assertThat(v4.path("results").get(0).path("toObjectId").asText()).isEqualTo(companyId);
        assertThat(v4.path("results").get(0).path("associationTypes")).extracting(t -> t.path("typeId").asInt())
                .containsExactlyInAnyOrder(1, 279);
    }

    @Test
    void linksEveryDealToAPrimaryCompanyAndAContact() {
        JsonNode deal = http.get("/crm/v3/objects/deals?limit=1&associations=companies,contacts").json().path("results").get(0);
        assertThat(deal.path("associations").path("companies").path("results")).isNotEmpty();
        assertThat(deal.path("associations").path("contacts").path("results").get(0).path("type").asText())
                .isEqualTo("deal_to_contact");
        assertThat(deal.path("properties").path("dealstage").asText()).isNotEmpty();
    }

    @Test
    void answers404WithHubSpotsBodyForAMissingRecord() {
        Http.Answer answer = http.get("/crm/v3/objects/companies/999");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("status").asText()).isEqualTo("error");
        assertThat(answer.json().path("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
    }

    @Test
    void createsUpdatesAndArchivesARecord() {
        Http.Answer created = http.post("/crm/v3/objects/contacts",
                "{\"properties\": {\"email\": \"new@example.com\", \"customer_tier\": \"gold\"}}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        Http.Answer updated = http.patch("/crm/v3/objects/contacts/" + id, "{\"properties\": {\"firstname\": \"Nova\"}}");
        assertThat(updated.json().path("properties").path("firstname").asText()).isEqualTo("Nova");
        assertThat(http.get("/crm/v3/objects/contacts/new@example.com?idProperty=email").json().path("id").asText()).isEqualTo(id);

        assertThat(http.delete("/crm/v3/objects/contacts/" + id).status()).isEqualTo(204);
        assertThat(http.get("/crm/v3/objects/contacts/" + id).status()).isEqualTo(404);
        JsonNode archived = http.get("/crm/v3/objects/contacts/" + id + "?archived=true").json();
        assertThat(archived.path("archived").asBoolean()).isTrue();
        assertThat(archived.path("archivedAt").asText()).endsWith("Z");
        Set<String> listedArchived = new HashSet<>();
        http.get("/crm/v3/objects/contacts?archived=true&limit=100").json().path("results")
                .forEach(c -> listedArchived.add(c.path("id").asText()));
        assertThat(listedArchived).contains(id);
    }

    @Test
    void refusesUnknownPropertiesAndOptions() {
        Http.Answer answer = http.post("/crm/v3/objects/contacts",
                "{\"properties\": {\"shoe_size\": \"9\", \"customer_tier\": \"platinum\"}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("PROPERTY_DOESNT_EXIST", "INVALID_OPTION");
    }

    @Test
    void keepsEachPortalsRecordsApart() {
        try (HubSpotEmulator two = HubSpotEmulator.builder().seed(7).portals(2).contacts(5).companies(2).deals(0).start()) {
            Http first = new Http(two.baseUrl(), two.portalCredentials().get(0).privateAppToken());
            Http second = first.as(two.portalCredentials().get(1).privateAppToken());
            String id = first.post("/crm/v3/objects/companies", "{\"properties\": {\"name\": \"Only in one\"}}").json().path("id").asText();
            assertThat(first.get("/crm/v3/objects/companies/" + id).status()).isEqualTo(200);
            assertThat(second.get("/crm/v3/objects/companies/" + id).status()).isEqualTo(404);
            assertThat(two.portalCredentials().get(0).hubId()).isNotEqualTo(two.portalCredentials().get(1).hubId());
        }
    }

    @Test
    void generatesTheSameRecordsFromTheSameSeedAndClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
        try (HubSpotEmulator one = HubSpotEmulator.builder().seed(7).clock(clock).start();
                HubSpotEmulator two = HubSpotEmulator.builder().seed(7).clock(clock).start()) {
            String page = "/crm/v3/objects/companies?limit=5&properties=name,customer_segment";
            assertThat(two.credentials()).isEqualTo(one.credentials());
            assertThat(new Http(two.baseUrl(), two.credentials().privateAppToken()).get(page).json().path("results"))
                    .isEqualTo(new Http(one.baseUrl(), one.credentials().privateAppToken()).get(page).json().path("results"));
        }
    }

    @Test
    void answers405WithAllowForAKnownPathAndAnUnknownMethod() {
        Http.Answer answer = http.delete("/crm/v3/objects/contacts");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, POST");
    }
}
