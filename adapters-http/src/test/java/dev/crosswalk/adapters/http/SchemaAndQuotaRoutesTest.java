package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.in.UseCaseException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchemaAndQuotaRoutesTest extends ApiTest {

    private static final Instant OBSERVED = Instant.parse("2025-03-04T05:06:07Z");

    @Test
    void listsTheObjectsOfTheConnectionsAccount() throws Exception {
        JsonNode objects = okBody(get("/unified/crm/schema" + ACME)).get("objects");

        assertThat(objects).hasSize(2);
        assertThat(objects.get(1).get("name").asText()).isEqualTo("Deal_Registration__c");
        assertThat(objects.get(1).get("label").asText()).isEqualTo("Deal Registration");
        assertThat(objects.get(1).get("custom").asBoolean()).isTrue();
    }

    @Test
    void describesAnObjectsFieldsWithLowerCaseTypes() throws Exception {
        JsonNode contact = okBody(get("/unified/crm/schema/contact" + ACME));

        assertThat(contact.get("name").asText()).isEqualTo("Contact");
        JsonNode accountId = contact.get("fields").get(2);
        assertThat(accountId.get("name").asText()).isEqualTo("AccountId");
        assertThat(accountId.get("type").asText()).isEqualTo("reference");
        assertThat(accountId.get("relationship_name").asText()).isEqualTo("Account");
        assertThat(accountId.get("reference_to").get(0).asText()).isEqualTo("Account");
        JsonNode leadSource = contact.get("fields").get(3);
        assertThat(leadSource.get("picklist_values").get(1).asText()).isEqualTo("Phone Inquiry");
        assertThat(leadSource.get("sortable").asBoolean()).isFalse();
        assertThat(leadSource.get("filterable").asBoolean()).isTrue();
        assertThat(leadSource.get("relationship_name").isNull()).isTrue();
        JsonNode id = contact.get("fields").get(0);
        assertThat(id.get("nillable").asBoolean()).isFalse();
        assertThat(id.get("custom").asBoolean()).isFalse();
        assertThat(id.get("label").asText()).isEqualTo("Id");
        assertThat(crm.lastObject()).isEqualTo("contact");
    }

    @Test
    void answersObjectNotFoundForAnObjectTheAccountLacks() throws Exception {
        assertProblem(get("/unified/crm/schema/Nothing__c" + ACME), 404, "object-not-found");
    }

    @Test
    void saysTheQuotaIsNotReportedYetWithNullsAndSendsNoRateLimitHeaders() throws Exception {
        HttpResponse<String> response = get("/unified/crm/quota" + ACME);

        JsonNode quota = okBody(response);
        assertThat(quota.get("reported").asBoolean()).isFalse();
        for (String member : new String[] {"used", "limit", "remaining", "observed_at", "window_seconds"}) {
            assertThat(quota.has(member)).as(member).isTrue();
            assertThat(quota.get(member).isNull()).as(member).isTrue();
        }
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("ratelimit"));
    }

    @Test
    void answersTheReportedQuota() throws Exception {
        crm.reportQuota(FakeCrm.ACME_SF, QuotaUsage.of(1200, 15000, OBSERVED).withWindow(Duration.ofHours(24)));

        JsonNode quota = okBody(get("/unified/crm/quota" + ACME));

        assertThat(quota.get("reported").asBoolean()).isTrue();
        assertThat(quota.get("used").asLong()).isEqualTo(1200);
        assertThat(quota.get("limit").asLong()).isEqualTo(15000);
        assertThat(quota.get("remaining").asLong()).isEqualTo(13800);
        assertThat(quota.get("observed_at").asText()).isEqualTo("2025-03-04T05:06:07Z");
        assertThat(quota.get("window_seconds").asLong()).isEqualTo(86400);
    }

    @Test
    void addsRateLimitHeadersToAConnectionsAnswersOnceTheQuotaIsKnown() throws Exception {
        crm.reportQuota(FakeCrm.ACME_SF, QuotaUsage.of(1200, 15000, OBSERVED).withWindow(Duration.ofHours(24)));

        for (String path : new String[] {"/unified/crm/contacts", "/unified/crm/contacts/003A",
                "/unified/crm/objects/Contact", "/unified/crm/schema", "/unified/crm/quota",
                "/unified/crm/mappings/contact"}) {
            HttpResponse<String> response = get(path + ACME);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("RateLimit-Limit")).as(path).contains("15000");
            assertThat(response.headers().firstValue("RateLimit-Remaining")).as(path).contains("13800");
            assertThat(response.headers().firstValue("RateLimit-Reset")).as(path).contains("86400");
            assertThat(response.headers().firstValue("RateLimit-Policy")).as(path).contains("15000;w=86400");
        }
    }

    @Test
    void sendsOnlyLimitAndRemainingWhenTheWindowIsUnknown() throws Exception {
        crm.reportQuota(FakeCrm.ACME_SF, QuotaUsage.of(20000, 15000, OBSERVED));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        assertThat(response.headers().firstValue("RateLimit-Limit")).contains("15000");
        assertThat(response.headers().firstValue("RateLimit-Remaining")).contains("0");
        assertThat(response.headers().firstValue("RateLimit-Reset")).isEmpty();
        assertThat(response.headers().firstValue("RateLimit-Policy")).isEmpty();
    }

    @Test
    void sendsNoRateLimitHeadersWithAnErrorOrForAnotherConnection() throws Exception {
        crm.reportQuota(FakeCrm.ACME_SF, QuotaUsage.of(1, 10, OBSERVED));
        crm.reportQuota(FakeCrm.GLOBEX_SF, QuotaUsage.of(5, 50, OBSERVED));

        HttpResponse<String> failed = get("/unified/crm/contacts/003Z" + ACME);
        HttpResponse<String> globex = get("/unified/crm/contacts?connection_id=other-sf", FakeCrm.GLOBEX_KEY);

        assertThat(failed.statusCode()).isEqualTo(404);
        assertThat(failed.headers().firstValue("RateLimit-Limit")).isEmpty();
        assertThat(globex.headers().firstValue("RateLimit-Limit")).contains("50");
    }

    @Test
    void stillAnswersWhenTheQuotaCannotBeReadForTheHeaders() throws Exception {
        crm.failQuotaReads(new IllegalStateException("quota store down"));

        HttpResponse<String> response = get("/unified/crm/contacts" + ACME);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("RateLimit-Limit")).isEmpty();
    }

    @Test
    void refusesTheQuotaOfAnUnknownConnection() throws Exception {
        assertProblem(get("/unified/crm/quota?connection_id=nope"), 404, "connection-not-found");
        crm.failQuotaReads(new UseCaseException.ConnectorNotInstalled("hubspot"));
        assertProblem(get("/unified/crm/quota" + ACME), 501, "connector-not-installed");
    }
}
