package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompositeTest {

    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().accounts(2).contacts(2).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode post(String path, String body) {
        HttpResponse<String> response = http.json("POST", http.data(path), token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SalesforceHttp.json(response);
    }

    private int count(String soql) {
        return SalesforceHttp.json(http.query(soql, token)).get("totalSize").asInt();
    }

    @Test
    void referencesChainSubrequestsAndResponsesHaveTheRecordedShape() {
        JsonNode body = post("/composite", """
                {"allOrNone":true,"compositeRequest":[
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"refAccount","body":{"Name":"Sample"}},
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Contact","referenceId":"refContact",
                  "body":{"LastName":"Sample","AccountId":"@{refAccount.id}"}},
                 {"method":"GET","url":"/services/data/v62.0/sobjects/Contact/@{refContact.id}?fields=AccountId","referenceId":"refRead"}]}""");

        JsonShape.assertContainsShape(Fixtures.json("apache-camel/composite_response_example_success.json"), body, "$");
        JsonNode responses = body.get("compositeResponse");
        assertThat(JsonShape.fieldNames(responses.get(0))).containsExactly("body", "httpHeaders", "httpStatusCode", "referenceId");
        assertThat(responses.get(0).get("httpStatusCode").asInt()).isEqualTo(201);
        String accountId = responses.get(0).get("body").get("id").asText();
        assertThat(responses.get(0).get("httpHeaders").get("Location").asText()).endsWith("/sobjects/Account/" + accountId);
        assertThat(responses.get(2).get("body").get("AccountId").asText()).isEqualTo(accountId);
    }

    @Test
    void allOrNoneFailureRollsBackAndHaltsTheOthersLikeTheRecording() {
        JsonNode body = post("/composite", """
                {"allOrNone":true,"compositeRequest":[
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"good","body":{"Name":"Kept?"}},
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"bad","body":{"Nope__c":"x"}},
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"later","body":{"Name":"Never"}}]}""");

        JsonShape.assertContainsShape(Fixtures.json("apache-camel/composite_response_example_failure.json"), body, "$");
        JsonNode responses = body.get("compositeResponse");
        assertThat(responses.get(0).get("body").get(0).get("errorCode").asText()).isEqualTo("PROCESSING_HALTED");
        assertThat(responses.get(1).get("body").get(0).get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(responses.get(2).get("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(count("SELECT COUNT() FROM Account")).isEqualTo(2);
    }

    @Test
    void withoutAllOrNoneSuccessfulSubrequestsStay() {
        post("/composite", """
                {"compositeRequest":[
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"good","body":{"Name":"Kept"}},
                 {"method":"POST","url":"/services/data/v62.0/sobjects/Account","referenceId":"bad","body":{"Nope__c":"x"}}]}""");

        assertThat(count("SELECT COUNT() FROM Account WHERE Name = 'Kept'")).isEqualTo(1);
    }

    @Test
    void moreThanTwentyFiveSubrequestsAreRefused() {
        StringBuilder subrequests = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            subrequests.append(i == 0 ? "" : ",").append("{\"method\":\"GET\",\"url\":\"/services/data/v62.0/limits\",\"referenceId\":\"r")
                    .append(i).append("\"}");
        }
        HttpResponse<String> response = http.json("POST", http.data("/composite"), token, "{\"compositeRequest\":[" + subrequests + "]}");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void batchRunsIndependentlyAndHaltsOnErrorWhenAsked() {
        String accountId = SalesforceHttp.json(http.query("SELECT Id FROM Account LIMIT 1", token)).get("records").get(0).get("Id").asText();
        JsonNode body = post("/composite/batch", """
                {"haltOnError":true,"batchRequests":[
                 {"method":"PATCH","url":"v62.0/sobjects/Account/%s","richInput":{"Name":"Batched"}},
                 {"method":"GET","url":"v62.0/sobjects/Account/%s?fields=Name"},
                 {"method":"GET","url":"v62.0/sobjects/Nope/x"},
                 {"method":"GET","url":"v62.0/sobjects/Account/%s"}]}""".formatted(accountId, accountId, accountId));

        assertThat(body.get("hasErrors").asBoolean()).isTrue();
        JsonNode results = body.get("results");
        assertThat(results.get(0).get("statusCode").asInt()).isEqualTo(204);
        assertThat(results.get(0).get("result").isNull()).isTrue();
        assertThat(results.get(1).get("result").get("Name").asText()).isEqualTo("Batched");
        assertThat(results.get(2).get("statusCode").asInt()).isEqualTo(404);
        assertThat(results.get(3).get("statusCode").asInt()).isEqualTo(412);
        assertThat(results.get(3).get("result").get(0).get("errorCode").asText()).isEqualTo("BATCH_PROCESSING_HALTED");
    }

    @Test
    void compositeCountsAsOneCallAgainstTheAllowance() {
        emulator.requestLog().clear();
        post("/composite", """
                {"compositeRequest":[
                 {"method":"GET","url":"/services/data/v62.0/sobjects/Account/describe","referenceId":"a"},
                 {"method":"GET","url":"/services/data/v62.0/sobjects/Contact/describe","referenceId":"b"}]}""");
        HttpResponse<String> after = http.query("SELECT Id FROM Account LIMIT 1", token);

        assertThat(emulator.requestLog().size()).isEqualTo(2);
        assertThat(after.headers().firstValue("Sforce-Limit-Info").orElseThrow()).isEqualTo("api-usage=2/100000");
    }
}
