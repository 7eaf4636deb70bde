package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DescribeTest {

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().contacts(1).start();

    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void login() {
        http = new SalesforceHttp(SF);
        token = http.accessToken();
    }

    @Test
    void describeGlobalHasTheRecordedShape() {
        JsonNode body = SalesforceHttp.json(http.get(http.data("/sobjects"), token));

        JsonShape.assertContainsShape(Fixtures.json("restforce/describe_sobjects_success_response.json"), body, "$");
        JsonShape.assertContainsShape(Fixtures.json("apache-camel/globalObjects.json").get("sobjects").get(1),
                body.get("sobjects").get(1), "$.sobjects[1]");
        List<String> names = new ArrayList<>();
        body.get("sobjects").forEach(o -> names.add(o.get("name").asText()));
        assertThat(names).contains("Account", "Contact", "User");
    }

    @Test
    void sobjectDescribeHasTheRecordedKeysAndTheCustomFields() {
        JsonNode body = SalesforceHttp.json(http.get(http.data("/sobjects/Contact/describe"), token));

        JsonNode recorded = Fixtures.json("restforce/sobject_describe_success_response.json");
        assertThat(JsonShape.fieldNames(body)).containsAll(JsonShape.fieldNames(recorded));
        JsonNode recordedField = recorded.get("fields").get(0);
        body.get("fields").forEach(f -> assertThat(JsonShape.fieldNames(f)).containsAll(JsonShape.fieldNames(recordedField)));
        JsonNode external = field(body, "External_Id__c");
        assertThat(external.get("externalId").asBoolean()).isTrue();
        assertThat(external.get("custom").asBoolean()).isTrue();
        JsonNode channel = field(body, "Preferred_Channel__c");
        assertThat(channel.get("type").asText()).isEqualTo("picklist");
        assertThat(channel.get("picklistValues")).extracting(v -> v.get("value").asText()).contains("Email", "SMS");
        JsonNode account = field(body, "AccountId");
        assertThat(account.get("referenceTo").get(0).asText()).isEqualTo("Account");
        assertThat(account.get("relationshipName").asText()).isEqualTo("Account");
        assertThat(field(body, "LastName").get("nillable").asBoolean()).isFalse();
        assertThat(field(body, "Name").get("createable").asBoolean()).isFalse();
    }

    @Test
    void byteLengthPerCharacterOfEachTypeIsTheRecordedOne() {
        Map<String, Integer> recorded = bytesPerCharacter(Fixtures.json("restforce/sobject_describe_success_response.json"));
        Map<String, Integer> actual = new TreeMap<>();
        for (String object : List.of("Contact", "Deal_Registration__c")) {
            actual.putAll(bytesPerCharacter(SalesforceHttp.json(http.get(http.data("/sobjects/" + object + "/describe"), token))));
        }

        assertThat(actual).containsKeys("id", "reference", "string", "multipicklist");
        actual.keySet().retainAll(recorded.keySet());
        assertThat(actual).allSatisfy((type, ratio) -> assertThat(ratio).as(type).isEqualTo(recorded.get(type)));
        assertThat(field(SalesforceHttp.json(http.get(http.data("/sobjects/Contact/describe"), token)), "Id")
                .get("byteLength").asInt()).isEqualTo(18);
    }

    @Test
    void ifModifiedSinceAfterStartIsNotModified() {
        HttpResponse<String> fresh = http.get(http.data("/sobjects/Account/describe"), token);
        String lastModified = fresh.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = http.get(http.data("/sobjects/Account/describe"), token, "If-Modified-Since", lastModified);
        HttpResponse<String> old = http.get(http.data("/sobjects"), token, "If-Modified-Since", "Tue, 23 Mar 2015 00:00:00 GMT");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(old.statusCode()).isEqualTo(200);
    }

    @Test
    void recentItemsListViewsAndQuickActionsAreEmptyButWellFormed() {
        JsonNode basic = SalesforceHttp.json(http.get(http.data("/sobjects/Account"), token));
        JsonNode recent = SalesforceHttp.json(http.get(http.data("/recent"), token));
        JsonNode listViews = SalesforceHttp.json(http.get(http.data("/sobjects/Account/listviews"), token));
        JsonNode actions = SalesforceHttp.json(http.get(http.data("/sobjects/Account/quickActions"), token));

        assertThat(basic.get("objectDescribe").get("name").asText()).isEqualTo("Account");
        assertThat(basic.get("recentItems")).isEmpty();
        assertThat(recent.isArray()).isTrue();
        assertThat(listViews.get("sobjectType").asText()).isEqualTo("Account");
        assertThat(listViews.get("listviews")).isEmpty();
        assertThat(actions.isArray()).isTrue();
    }

    /** Describe type name to byteLength / length of its fields that have a length. */
    private static Map<String, Integer> bytesPerCharacter(JsonNode describe) {
        Map<String, Integer> ratios = new TreeMap<>();
        for (JsonNode field : describe.get("fields")) {
            int length = field.path("length").asInt();
            if (length > 0) {
                ratios.put(field.get("type").asText(), field.get("byteLength").asInt() / length);
            }
        }
        return ratios;
    }

    private static JsonNode field(JsonNode describe, String name) {
        for (JsonNode field : describe.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }
}
