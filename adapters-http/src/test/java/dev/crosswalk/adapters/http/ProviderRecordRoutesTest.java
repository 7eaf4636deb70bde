package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ProviderRecordRoutesTest extends ApiTest {

    @Test
    void listsACustomObjectsRecordsAsTheProviderSentThemInsideAnEnvelope() throws Exception {
        JsonNode body = okBody(get("/unified/crm/objects/Deal_Registration__c" + ACME));

        JsonNode deal = body.get("results").get(0);
        assertThat(deal.get("id").asText()).isEqualTo("a01A");
        assertThat(deal.get("object").asText()).isEqualTo("Deal_Registration__c");
        assertThat(deal.get("deleted").asBoolean()).isFalse();
        assertThat(deal.get("fields").get("Name").asText()).isEqualTo("Big, deal");
        assertThat(deal.get("fields").get("Amount__c").asDouble()).isEqualTo(1200.5);
        assertThat(body.get("results")).hasSize(1);
        assertThat(body.get("next_cursor").isNull()).isTrue();
        assertThat(crm.lastObject()).isEqualTo("Deal_Registration__c");
    }

    @Test
    void listsDeletedRecordsWhenAskedAndKeepsNullFields() throws Exception {
        JsonNode body = okBody(get("/unified/crm/objects/Deal_Registration__c" + ACME + "&include_deleted=true"));

        JsonNode gone = body.get("results").get(1);
        assertThat(gone.get("deleted").asBoolean()).isTrue();
        assertThat(gone.get("fields").has("Amount__c")).isTrue();
        assertThat(gone.get("fields").get("Amount__c").isNull()).isTrue();
    }

    @Test
    void passesTheOrderToTheUseCaseAscendingOrDescendingByAMinus() throws Exception {
        okBody(get("/unified/crm/objects/Deal_Registration__c" + ACME + "&order_by=-CreatedDate,Name"));

        assertThat(crm.lastList().order()).containsExactly(
                dev.crosswalk.core.domain.SortOrder.descending("CreatedDate"),
                dev.crosswalk.core.domain.SortOrder.ascending("Name"));
        assertProblem(get("/unified/crm/objects/Deal_Registration__c" + ACME + "&order_by=-"), 400, "invalid-request");
    }

    @Test
    void keepsNestedRelationshipValues() throws Exception {
        JsonNode contact = okBody(get("/unified/crm/objects/Contact/003A" + ACME));

        assertThat(contact.get("fields").get("Account").get("Name").asText()).isEqualTo("Analytical Engines");
        assertThat(crm.lastGet().id()).isEqualTo("003A");
    }

    @Test
    void decodesThePathsObjectAndId() throws Exception {
        okBody(get("/unified/crm/objects/Deal%5FRegistration__c/a01A" + ACME + "&fields=Name"));

        assertThat(crm.lastObject()).isEqualTo("Deal_Registration__c");
        assertThat(crm.lastGet().fields()).containsExactly("Name");
    }

    @Test
    void answersObjectNotFoundAndRecordNotFound() throws Exception {
        assertProblem(get("/unified/crm/objects/Nothing__c" + ACME), 404, "object-not-found");
        assertProblem(get("/unified/crm/objects/Deal_Registration__c/a01Z" + ACME), 404, "record-not-found");
    }
}
