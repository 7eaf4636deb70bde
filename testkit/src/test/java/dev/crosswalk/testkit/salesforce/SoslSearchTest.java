package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SoslSearchTest {

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().accounts(5).contacts(60).leads(30).start();

    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void login() {
        http = new SalesforceHttp(SF);
        token = http.accessToken();
    }

    private HttpResponse<String> search(String sosl) {
        return http.get(http.data("/search?q=") + SalesforceHttp.enc(sosl), token);
    }

    @Test
    void findReturnsMatchingRecordsWithTheRequestedFields() {
        HttpResponse<String> response = search("FIND {Lovelace} IN ALL FIELDS RETURNING Contact(Id, Name, Email), Lead(Name)");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode records = SalesforceHttp.json(response).get("searchRecords");
        JsonShape.assertContainsShape(Fixtures.json("restforce/search_success_response.json").get(0), records.get(0), "$[0]");
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.get("Name").asText()).contains("Lovelace"));
        assertThat(records).anySatisfy(r -> assertThat(r.get("attributes").get("type").asText()).isEqualTo("Contact"));
        JsonNode contact = records.get(0);
        assertThat(JsonShape.fieldNames(contact)).containsExactly("attributes", "Id", "Name", "Email");
    }

    @Test
    void returningClauseFiltersOrdersAndLimits() {
        JsonNode records = SalesforceHttp.json(search("FIND {example*} IN EMAIL FIELDS RETURNING Contact(Email WHERE"
                + " Preferred_Channel__c = 'SMS' ORDER BY Email DESC LIMIT 3)")).get("searchRecords");

        assertThat(records).hasSizeLessThanOrEqualTo(3).isNotEmpty();
        assertThat(records.get(0).get("Email").asText()).contains("example");
    }

    @Test
    void withoutReturningEveryObjectIsSearchedForIds() {
        JsonNode records = SalesforceHttp.json(search("FIND {Turing}")).get("searchRecords");

        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(JsonShape.fieldNames(r)).containsExactly("attributes", "Id"));
    }

    @Test
    void missingBracesIsTheRecordedMalformedSearch() {
        HttpResponse<String> response = search("FIND Lovelace");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response)).isEqualTo(Fixtures.json("restforce/search_error_response.json"));
    }

    @Test
    void versionsBefore37AnswerTheRecordedBareArray() {
        String query = "/search?q=" + SalesforceHttp.enc("FIND {Lovelace} RETURNING Contact(Id)");
        HttpResponse<String> legacy = http.get("/services/data/v36.0" + query, token);
        HttpResponse<String> current = http.get("/services/data/v37.0" + query, token);

        assertThat(legacy.statusCode()).as(legacy.body()).isEqualTo(200);
        JsonNode records = SalesforceHttp.json(legacy);
        assertThat(records.isArray()).isTrue();
        JsonShape.assertContainsShape(Fixtures.json("restforce/search_success_response.json"), records, "$");
        assertThat(records).isNotEmpty();
        assertThat(records.get(0).get("attributes").get("url").asText()).startsWith("/services/data/v36.0/sobjects/Contact/");
        assertThat(JsonShape.fieldNames(SalesforceHttp.json(current))).containsExactly("searchRecords");
    }

    @Test
    void errorsInReturningQuoteOnlyWhatTheClientSent() {
        HttpResponse<String> unknownObject = search("FIND {Lovelace} RETURNING Foo");
        HttpResponse<String> unknownField = search("FIND {Lovelace} RETURNING Contact(Foo)");
        HttpResponse<String> badClause = search("FIND {Lovelace} RETURNING Contact(Name LIMIT x)");

        assertThat(unknownObject.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(unknownObject)).isEqualTo(Json.MAPPER.createArrayNode().add(Json.object()
                .put("message", "sObject type 'Foo' is not supported. If you are attempting to use a custom object, be sure"
                        + " to append the '__c' after the entity name. Please reference your WSDL or the describe call for"
                        + " the appropriate names.")
                .put("errorCode", "INVALID_TYPE")));
        JsonNode field = SalesforceHttp.json(unknownField).get(0);
        assertThat(field.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(field.get("message").asText()).startsWith("No such column 'Foo' on entity 'Contact'.");
        JsonNode clause = SalesforceHttp.json(badClause).get(0);
        assertThat(clause.get("errorCode").asText()).isEqualTo("MALFORMED_SEARCH");
        assertThat(clause.get("message").asText()).doesNotContain("SELECT", "ERROR at Row");
    }
}
