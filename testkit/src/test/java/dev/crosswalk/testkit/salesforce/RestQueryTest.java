package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.emulator.support.MutableClock;
import dev.crosswalk.testkit.salesforce.data.Row;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestQueryTest {

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder()
            .clock(new MutableClock(Instant.parse("2026-11-28T12:00:00Z"))).accounts(10).contacts(500).start();

    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void login() {
        http = new SalesforceHttp(SF);
        token = http.accessToken();
    }

    private JsonNode query(String soql, String... headers) {
        HttpResponse<String> response = http.query(soql, token, headers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SalesforceHttp.json(response);
    }

    @Test
    void queryResultHasTheRecordedShape() {
        JsonNode page = query("SELECT Id, Name, Email, CreatedDate, LTV_Score__c FROM Contact LIMIT 3");

        JsonShape.assertContainsShape(JsonShape.envelope(Fixtures.json("restforce/query_paginated_last_page_response.json")), page, "$");
        assertThat(JsonShape.fieldNames(page)).containsExactly("totalSize", "done", "records");
        JsonNode record = page.get("records").get(0);
        assertThat(JsonShape.fieldNames(record)).containsExactly("attributes", "Id", "Name", "Email", "CreatedDate", "LTV_Score__c");
        assertThat(record.get("attributes").get("type").asText()).isEqualTo("Contact");
        assertThat(record.get("attributes").get("url").asText())
                .isEqualTo("/services/data/v62.0/sobjects/Contact/" + record.get("Id").asText());
        assertThat(record.get("Id").asText()).hasSize(18).startsWith("003");
        assertThat(record.get("CreatedDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000\\+0000");
        assertThat(record.get("LTV_Score__c").isNumber()).isTrue();
    }

    @Test
    void emptyResultMatchesTheRecordedEmptyResponse() {
        JsonNode page = query("SELECT Id FROM Contact WHERE LastName = 'Nobody-At-All'");

        assertThat(page).isEqualTo(Fixtures.json("restforce/query_empty_response.json"));
    }

    @Test
    void everyRestResponseCarriesTheLimitInfoHeader() {
        HttpResponse<String> response = http.query("SELECT Id FROM Account LIMIT 1", token);

        assertThat(response.headers().firstValue("Sforce-Limit-Info")).hasValueSatisfying(
                value -> assertThat(value).matches("api-usage=\\d+/100000"));
    }

    @Test
    void sobjectDescribeCompositeAndLimitsResponsesCarryTheLimitInfoHeaderToo() {
        String id = query("SELECT Id FROM Contact LIMIT 1").get("records").get(0).get("Id").asText();
        String composite = "{\"compositeRequest\":[{\"method\":\"GET\",\"url\":\"" + http.data("/sobjects/Contact/" + id)
                + "\",\"referenceId\":\"contact\"}]}";

        List<HttpResponse<String>> responses = List.of(
                http.get(http.data("/sobjects/Contact/" + id), token),
                http.get(http.data("/sobjects"), token),
                http.get(http.data("/sobjects/Contact/describe"), token),
                http.json("POST", http.data("/composite"), token, composite),
                http.get(http.data("/limits"), token));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(200);
            assertThat(response.headers().firstValue("Sforce-Limit-Info")).as(response.uri().getPath())
                    .hasValueSatisfying(value -> assertThat(value).matches("api-usage=\\d+/100000"));
        }
    }

    @Test
    void defaultPageHoldsTwoThousandRecordsAndQueryMoreFollows() {
        try (SalesforceEmulator big = SalesforceEmulator.builder().contacts(4_100).start()) {
            SalesforceHttp client = new SalesforceHttp(big);
            String bigToken = client.accessToken();
            JsonNode first = SalesforceHttp.json(client.query("SELECT Id FROM Contact", bigToken));

            assertThat(first.get("totalSize").asInt()).isEqualTo(4_100);
            assertThat(first.get("done").asBoolean()).isFalse();
            assertThat(first.get("records")).hasSize(2_000);
            assertThat(first.get("nextRecordsUrl").asText()).matches("/services/data/v62\\.0/query/01g[0-9A-Za-z]{15}-2000");
            JsonNode second = SalesforceHttp.json(client.get(first.get("nextRecordsUrl").asText(), bigToken));
            JsonNode third = SalesforceHttp.json(client.get(second.get("nextRecordsUrl").asText(), bigToken));

            assertThat(second.get("records")).hasSize(2_000);
            assertThat(third.get("records")).hasSize(100);
            assertThat(third.get("done").asBoolean()).isTrue();
            assertThat(third.has("nextRecordsUrl")).isFalse();
        }
    }

    @Test
    void batchSizeOptionSetsThePageSizeAndPagesCoverEveryRecordOnce() {
        List<String> ids = new ArrayList<>();
        JsonNode page = query("SELECT Id FROM Contact", "Sforce-Query-Options", "batchSize=200");
        JsonShape.assertContainsShape(JsonShape.envelope(Fixtures.json("restforce/query_paginated_first_page_response.json")), page, "$");
        while (true) {
            page.get("records").forEach(r -> ids.add(r.get("Id").asText()));
            if (page.get("done").asBoolean()) {
                break;
            }
            assertThat(page.get("records")).hasSize(200);
            page = SalesforceHttp.json(http.get(page.get("nextRecordsUrl").asText(), token));
        }

        assertThat(ids).hasSize(500).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void batchSizeBelowTheMinimumIsRaisedToTwoHundred() {
        JsonNode page = query("SELECT Id FROM Contact", "Sforce-Query-Options", "batchSize=10");

        assertThat(page.get("records")).hasSize(200);
    }

    @Test
    void batchSizeAboveTheMaximumOrNotANumberGivesPagesOfTwoThousand() {
        try (SalesforceEmulator big = SalesforceEmulator.builder().contacts(2_100).start()) {
            SalesforceHttp client = new SalesforceHttp(big);
            String bigToken = client.accessToken();

            for (String option : List.of("batchSize=5000", "batchSize=lots", "batchSize=99999999999")) {
                JsonNode page = SalesforceHttp.json(client.query("SELECT Id FROM Contact", bigToken, "Sforce-Query-Options", option));

                assertThat(page.get("records")).as(option).hasSize(2_000);
                assertThat(page.get("done").asBoolean()).as(option).isFalse();
            }
        }
    }

    @Test
    void parentRelationshipFieldIsANestedRecord() {
        JsonNode record = query("SELECT Id, Account.Name, Account.Industry FROM Contact LIMIT 1").get("records").get(0);

        JsonNode account = record.get("Account");
        assertThat(JsonShape.fieldNames(account)).containsExactly("attributes", "Name", "Industry");
        assertThat(account.get("attributes").get("type").asText()).isEqualTo("Account");
        assertThat(account.get("attributes").get("url").asText()).contains("/sobjects/Account/001");
    }

    @Test
    void whereOrderLimitAndOffsetSelectTheRightRows() {
        JsonNode all = query("SELECT Name FROM Contact WHERE Name LIKE 'A%' ORDER BY Name DESC, Id");
        JsonNode window = query("SELECT Name FROM Contact WHERE Name LIKE 'A%' ORDER BY Name DESC, Id LIMIT 5 OFFSET 2");

        List<String> names = new ArrayList<>();
        all.get("records").forEach(r -> names.add(r.get("Name").asText()));
        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("A"));
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        List<String> windowNames = new ArrayList<>();
        window.get("records").forEach(r -> windowNames.add(r.get("Name").asText()));
        assertThat(windowNames).containsExactlyElementsOf(names.subList(2, 7));
    }

    @Test
    void booleanLogicInAndNullFiltersCombine() {
        JsonNode page = query("SELECT Id, MobilePhone, Preferred_Channel__c FROM Contact"
                + " WHERE (Preferred_Channel__c IN ('Email', 'SMS') OR MobilePhone = null) AND (NOT LastName = 'Turing')");

        assertThat(page.get("totalSize").asInt()).isPositive();
        page.get("records").forEach(r -> assertThat(
                List.of("Email", "SMS").contains(r.get("Preferred_Channel__c").asText()) || r.get("MobilePhone").isNull()).isTrue());
    }

    @Test
    void countReturnsTheTotalWithoutRecords() {
        JsonNode page = query("SELECT COUNT() FROM Contact WHERE Account.Name != null");

        assertThat(page.get("totalSize").asInt()).isEqualTo(500);
        assertThat(page.get("done").asBoolean()).isTrue();
        assertThat(page.get("records")).isEmpty();
    }

    @Test
    void malformedQueryPointsAtTheUnexpectedToken() {
        HttpResponse<String> response = http.query("SELECT Id FROM Account WHERE", token);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = SalesforceHttp.json(response).get(0);
        assertThat(error.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(error.get("message").asText()).isEqualTo(
                "\nSELECT Id FROM Account WHERE\n                             ^\nERROR at Row:1:Column:30\nunexpected token: <EOF>");
    }

    @Test
    void unknownFieldIsInvalidFieldWithThePlatformsMessage() {
        HttpResponse<String> response = http.query("SELECT Foo FROM Account", token);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = SalesforceHttp.json(response);
        JsonShape.assertContainsShape(Fixtures.json("restforce/query_error_response.json"), body, "$");
        assertThat(body.get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(body.get(0).get("message").asText()).isEqualTo("\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\n"
                + "No such column 'Foo' on entity 'Account'. If you are attempting to use a custom field, be sure to append"
                + " the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");
    }

    @Test
    void unknownObjectIsInvalidType() {
        JsonNode error = SalesforceHttp.json(http.query("SELECT Id FROM Foo", token)).get(0);

        assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_TYPE");
        assertThat(error.get("message").asText()).endsWith("ERROR at Row:1:Column:16\nsObject type 'Foo' is not supported."
                + " If you are attempting to use a custom object, be sure to append the '__c' after the entity name."
                + " Please reference your WSDL or the describe call for the appropriate names.");
    }

    @Test
    void quotedNumberIsRejectedAsTheWrongType() {
        JsonNode error = SalesforceHttp.json(http.query("SELECT Id FROM Contact WHERE LTV_Score__c > '5'", token)).get(0);

        assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(error.get("message").asText())
                .endsWith("value of filter criterion for field 'LTV_Score__c' must be of type double and should not be enclosed in quotes");
    }

    @Test
    void unknownLocatorIsInvalidQueryLocator() {
        HttpResponse<String> response = http.get("/services/data/v62.0/query/01gDn000000000AAAA-2000", token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SalesforceHttp.json(response).get(0).get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
    }

    @Test
    void versionsListHasTheRecordedShapeAndNeedsNoToken() {
        HttpResponse<String> response = http.get("/services/data", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode versions = SalesforceHttp.json(response);
        JsonShape.assertContainsShape(Fixtures.json("restforce/services_data_success_response.json"), versions, "$");
        JsonNode newest = versions.get(versions.size() - 1);
        assertThat(newest.get("version").asText()).isEqualTo("62.0");
        assertThat(newest.get("url").asText()).isEqualTo("/services/data/v62.0");
        assertThat(newest.get("label").asText()).isEqualTo("Winter '25");
    }

    @Test
    void latestIsAnAliasOfTheNewestVersionWhichResponsesEcho() {
        JsonNode page = SalesforceHttp.json(http.get("/services/data/latest/query?q=" + SalesforceHttp.enc("SELECT Id FROM Contact"),
                token, "Sforce-Query-Options", "batchSize=200"));
        JsonNode resources = SalesforceHttp.json(http.get("/services/data/latest", token));
        HttpResponse<String> describe = http.get("/services/data/latest/sobjects/Contact/describe", token);

        assertThat(page.get("nextRecordsUrl").asText()).startsWith("/services/data/v62.0/query/01g");
        assertThat(page.get("records").get(0).get("attributes").get("url").asText()).startsWith("/services/data/v62.0/sobjects/Contact/");
        assertThat(resources.get("query").asText()).isEqualTo("/services/data/v62.0/query");
        assertThat(describe.statusCode()).isEqualTo(200);
        assertThat(SalesforceHttp.json(describe).get("urls").get("sobject").asText()).isEqualTo("/services/data/v62.0/sobjects/Contact");
    }

    @Test
    void retiredVersionIsGoneAndAnUnknownOneIsNotFound() {
        HttpResponse<String> retired = http.get("/services/data/v30.0/query?q=SELECT+Id+FROM+Account", token);
        HttpResponse<String> unknown = http.get("/services/data/v99.0/query?q=SELECT+Id+FROM+Account", token);

        assertThat(retired.statusCode()).isEqualTo(410);
        assertThat(SalesforceHttp.json(retired).get(0).get("errorCode").asText()).isEqualTo("GONE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(SalesforceHttp.json(unknown).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void sameSeedGivesTheSameData() {
        String soql = "SELECT Id, Name, Email, Account.Name FROM Contact ORDER BY Id LIMIT 20";
        JsonNode first = query(soql).get("records");
        try (SalesforceEmulator twin = SalesforceEmulator.builder()
                .clock(new MutableClock(Instant.parse("2026-11-28T12:00:00Z"))).accounts(10).contacts(500).start()) {
            SalesforceHttp other = new SalesforceHttp(twin);
            assertThat(SalesforceHttp.json(other.query(soql, other.accessToken())).get("records")).isEqualTo(first);
        }
    }
}
