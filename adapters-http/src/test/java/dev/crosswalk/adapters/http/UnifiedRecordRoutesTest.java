package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.port.in.ListRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedRecordRoutesTest extends ApiTest {

    @Test
    void listsContactsWithEveryUnifiedFieldInTheModelsOrderThenDeletionThenAdditionalFields() throws Exception {
        JsonNode body = okBody(get("/unified/crm/contacts" + ACME));

        JsonNode ada = body.get("results").get(0);
        List<String> names = new ArrayList<>();
        ada.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "first_name", "last_name", "name", "title", "account",
                "email_addresses", "phone_numbers", "created_at", "updated_at", "custom_fields", "remote_was_deleted",
                "lifetime_value");
        assertThat(ada.get("id").asText()).isEqualTo("003A");
        assertThat(ada.get("first_name").asText()).isEqualTo("Ada");
        assertThat(ada.get("account").get("id").asText()).isEqualTo("001X");
        assertThat(ada.get("email_addresses").get(0).get("email").asText()).isEqualTo("ada@example.com");
        assertThat(ada.get("email_addresses").get(0).get("type").asText()).isEqualTo("work");
        assertThat(ada.get("phone_numbers").get(0).get("number").asText()).isEqualTo("+1 555 0100");
        assertThat(ada.get("phone_numbers").get(0).get("type").asText()).isEqualTo("mobile");
        assertThat(ada.get("created_at").asText()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(ada.get("updated_at").asText()).isEqualTo("2024-02-03T04:05:06Z");
        assertThat(ada.get("custom_fields").get("LTV_Score__c").asInt()).isEqualTo(42);
        assertThat(ada.get("remote_was_deleted").isBoolean()).isTrue();
        assertThat(ada.get("remote_was_deleted").asBoolean()).isFalse();
        assertThat(ada.get("lifetime_value").asDouble()).isEqualTo(1234.5);
        assertThat(body.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void writesAbsentValuesAsNullsAndAnUntypedEmailWithANullType() throws Exception {
        JsonNode grace = okBody(get("/unified/crm/contacts/003B" + ACME));

        assertThat(grace.get("title").isNull()).isTrue();
        assertThat(grace.get("account").isNull()).isTrue();
        assertThat(grace.get("created_at").isNull()).isTrue();
        assertThat(grace.get("phone_numbers").isArray()).isTrue();
        assertThat(grace.get("phone_numbers")).isEmpty();
        assertThat(grace.get("email_addresses").get(0).has("type")).isTrue();
        assertThat(grace.get("email_addresses").get(0).get("type").isNull()).isTrue();
        assertThat(grace.get("custom_fields").isObject()).isTrue();
    }

    @Test
    void listsAccountsAndOpportunitiesWithTheirOwnFields() throws Exception {
        JsonNode account = okBody(get("/unified/crm/accounts" + ACME)).get("results").get(0);
        JsonNode opportunity = okBody(get("/unified/crm/opportunities" + ACME)).get("results").get(0);

        assertThat(account.get("name").asText()).isEqualTo("Analytical Engines");
        assertThat(account.get("number_of_employees").isIntegralNumber()).isTrue();
        assertThat(account.get("number_of_employees").asLong()).isEqualTo(12);
        assertThat(opportunity.get("amount").isNumber()).isTrue();
        assertThat(opportunity.get("amount").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(opportunity.get("close_date").asText()).isEqualTo("2024-06-30");
        assertThat(opportunity.get("account").get("id").asText()).isEqualTo("001X");
        assertThat(crm.lastObject()).isEqualTo("opportunities");
    }

    @Test
    void getsOneRecordOfEachObjectById() throws Exception {
        assertThat(okBody(get("/unified/crm/contacts/003A" + ACME)).get("last_name").asText()).isEqualTo("Lovelace");
        assertThat(okBody(get("/unified/crm/accounts/001X" + ACME)).get("industry").asText()).isEqualTo("Computing");
        assertThat(okBody(get("/unified/crm/opportunities/006A" + ACME)).get("stage").asText())
                .isEqualTo("Prospecting");
        assertThat(crm.lastGet().id()).isEqualTo("006A");
    }

    @Test
    void answersRecordNotFoundForAnUnknownIdAndForADeletedOneUnlessAskedFor() throws Exception {
        assertProblem(get("/unified/crm/contacts/003Z" + ACME), 404, "record-not-found");
        assertProblem(get("/unified/crm/contacts/003D" + ACME), 404, "record-not-found");

        JsonNode deleted = okBody(get("/unified/crm/contacts/003D" + ACME + "&include_deleted=true"));

        assertThat(deleted.get("remote_was_deleted").asBoolean()).isTrue();
        assertThat(crm.lastGet().includeDeleted()).isTrue();
    }

    @Test
    void followsTheCursorPageByPage() throws Exception {
        JsonNode first = okBody(get("/unified/crm/contacts" + ACME + "&page_size=1"));
        String cursor = first.get("next_cursor").asText();

        JsonNode second = okBody(get("/unified/crm/contacts" + ACME + "&page_size=1&cursor=" + cursor));

        assertThat(first.get("results").get(0).get("id").asText()).isEqualTo("003A");
        assertThat(second.get("results").get(0).get("id").asText()).isEqualTo("003B");
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(crm.lastList().cursor()).contains(cursor);
    }

    @Test
    void passesObjectSpecificFiltersToTheUseCase() throws Exception {
        JsonNode body = okBody(get("/unified/crm/contacts" + ACME + "&email=grace%40example.com,x%40example.com"));

        assertThat(crm.lastList().filters()).isEqualTo(Map.of("email", List.of("grace@example.com", "x@example.com")));
        assertThat(body.get("results")).hasSize(1);
        assertThat(body.get("results").get(0).get("id").asText()).isEqualTo("003B");
    }

    @Test
    void refusesAFilterTheMappingDoesNotDeclareListingTheValidOnes() throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME + "&colour=red"), 400, "invalid-request");

        assertThat(problem.get("detail").asText()).contains("colour");
        assertThat(problem.get("valid_values").get(0).asText()).isEqualTo("email");
    }

    @Test
    void answersOnlyTheFieldsAskedForWithTheIdAndTheDeletionFlag() throws Exception {
        JsonNode ada = okBody(get("/unified/crm/contacts" + ACME + "&fields=email_addresses,lifetime_value"))
                .get("results").get(0);

        List<String> names = new ArrayList<>();
        ada.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "email_addresses", "remote_was_deleted", "lifetime_value");
        assertThat(crm.lastList().fields()).containsExactly("email_addresses", "lifetime_value");
    }

    @Test
    void takesFieldsAndIncludeDeletedOnASingleRecordButNoListingParameter() throws Exception {
        JsonNode ada = okBody(get("/unified/crm/contacts/003A" + ACME + "&fields=title&include_deleted=false"));

        assertThat(ada.get("title").asText()).isEqualTo("Analyst");
        assertThat(ada.has("first_name")).isFalse();
        JsonNode problem = assertProblem(get("/unified/crm/contacts/003A" + ACME + "&page_size=5"), 400,
                "invalid-request");
        assertThat(problem.get("valid_values")).extracting(JsonNode::asText)
                .containsExactly("connection_id", "fields", "include_deleted");
    }

    @Test
    void listsWithTheDefaultPageSizeWhenNoneIsGiven() throws Exception {
        okBody(get("/unified/crm/contacts" + ACME));

        assertThat(crm.lastList().pageSize()).isEqualTo(ListRequest.DEFAULT_PAGE_SIZE);
        assertThat(crm.lastList().cursor()).isEmpty();
        assertThat(crm.lastList().includeDeleted()).isFalse();
    }

    @Test
    void passesTheTenantOfTheKeyNotAnyTenantTheRequestNames() throws Exception {
        okBody(get("/unified/crm/contacts" + ACME));
        assertThat(crm.lastConnection()).isEqualTo(FakeCrm.ACME_SF);

        HttpResponse<String> otherTenants = get("/unified/crm/contacts?connection_id=other-sf");

        assertProblem(otherTenants, 404, "connection-not-found");
        assertThat(crm.lastConnection().tenant()).isEqualTo(FakeCrm.ACME);
        assertThat(otherTenants.body()).doesNotContain("globex");
        okBody(get("/unified/crm/contacts?connection_id=other-sf", FakeCrm.GLOBEX_KEY));
        assertThat(crm.lastConnection()).isEqualTo(FakeCrm.GLOBEX_SF);
    }
}
