package dev.crosswalk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.port.in.ListRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How the listing routes read their query parameters into the request the use case gets. */
class ListParametersTest extends ApiTest {

    @Test
    void readsEveryGenericParameter() throws Exception {
        okBody(get("/unified/crm/contacts" + ACME + "&page_size=2000&cursor=sf-prod:0&ids=003A,%20003B,,"
                + "&created_after=2024-01-01T00:00:00Z&created_before=2024-12-31T23:59:59.5Z"
                + "&updated_after=2024-03-01&updated_before=2024-03-02T10:00:00%2B02:00"
                + "&search_term=ada+lovelace&fields=first_name,title&include_deleted=true"));

        ListRequest request = crm.lastList();
        assertThat(request.pageSize()).isEqualTo(2000);
        assertThat(request.cursor()).contains("sf-prod:0");
        assertThat(request.ids()).containsExactly("003A", "003B");
        assertThat(request.createdAfter()).contains(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(request.createdBefore()).contains(Instant.parse("2024-12-31T23:59:59.5Z"));
        assertThat(request.updatedAfter()).contains(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(request.updatedBefore()).contains(Instant.parse("2024-03-02T08:00:00Z"));
        assertThat(request.searchTerm()).contains("ada lovelace");
        assertThat(request.fields()).containsExactly("first_name", "title");
        assertThat(request.includeDeleted()).isTrue();
        assertThat(request.filters()).isEmpty();
    }

    @Test
    void treatsEmptyOptionalParametersAsAbsent() throws Exception {
        okBody(get("/unified/crm/contacts" + ACME + "&page_size=&cursor=&ids=&created_after=&search_term=&fields="));

        ListRequest request = crm.lastList();
        assertThat(request.pageSize()).isEqualTo(ListRequest.DEFAULT_PAGE_SIZE);
        assertThat(request.cursor()).isEmpty();
        assertThat(request.ids()).isEmpty();
        assertThat(request.createdAfter()).isEmpty();
        assertThat(request.searchTerm()).isEmpty();
        assertThat(request.fields()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "2001", "-1", "ten", "1.5", "99999999999"})
    void refusesAPageSizeOutsideOneTo2000(String size) throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME + "&page_size=" + size), 400,
                "invalid-request");

        assertThat(problem.get("detail").asText()).contains("page_size").contains("2000");
    }

    @ParameterizedTest
    @CsvSource({
            "created_after, 2024-13-01",
            "created_before, yesterday",
            "updated_after, 2024-01-01T10:00:00",
            "updated_before, 2024-01-01T10:00:00 02:00"})
    void refusesABadDateNamingTheParameterAndTheFormat(String parameter, String value) throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME + "&" + parameter + "="
                + value.replace(" ", "+")), 400, "invalid-request");

        assertThat(problem.get("detail").asText()).contains("'" + parameter + "'").contains("ISO-8601")
                .contains("2024-05-01T10:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "yes", "1", ""})
    void acceptsOnlyTrueOrFalseForIncludeDeleted(String value) throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME + "&include_deleted=" + value), 400,
                "invalid-request");

        assertThat(problem.get("valid_values")).extracting(JsonNode::asText).containsExactly("true", "false");
    }

    @Test
    void readsProviderFiltersWithEscapedCommas() throws Exception {
        JsonNode body = okBody(get("/unified/crm/objects/Deal_Registration__c" + ACME
                + "&filter%5BName%5D=Big%5C,%20deal,Other&filter[Id]=a01A"));

        assertThat(crm.lastList().filters().get("Name")).containsExactly("Big, deal", "Other");
        assertThat(crm.lastList().filters().get("Id")).containsExactly("a01A");
        assertThat(body.get("results")).hasSize(1);
    }

    @Test
    void readsADoubledBackslashAsOneAndKeepsAnyOtherBackslash() throws Exception {
        okBody(get("/unified/crm/objects/Deal_Registration__c" + ACME + "&filter[Name]=a%5C%5C,b%5Cc"));

        assertThat(crm.lastList().filters().get("Name")).containsExactly("a\\", "b\\c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"filter[Name]=", "filter[Name]=a,,b", "filter[Name]=a,"})
    void refusesAnEmptyFilterValue(String parameter) throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/objects/Deal_Registration__c" + ACME + "&" + parameter),
                400, "invalid-request");

        assertThat(problem.get("detail").asText()).contains("filter[Name]").contains("empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name=x", "filter[]=x", "filter=x", "filter[Name=x", "filters[Name]=x"})
    void refusesAProviderParameterThatIsNeitherGenericNorAFilterNamingTheValidOnes(String parameter)
            throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/objects/Deal_Registration__c" + ACME + "&" + parameter),
                400, "invalid-request");

        assertThat(problem.get("detail").asText()).contains("unknown query parameter").contains("filter[<Field>]");
        assertThat(problem.get("valid_values")).extracting(JsonNode::asText).contains("connection_id", "page_size",
                "cursor", "ids", "created_after", "created_before", "updated_after", "updated_before", "search_term",
                "fields", "include_deleted");
    }

    @Test
    void passesAFilterOnAFieldTheObjectLacksToTheUseCaseWhichRefusesIt() throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/objects/Deal_Registration__c" + ACME
                + "&filter[Colour__c]=red"), 400, "invalid-request");

        assertThat(problem.get("valid_values")).extracting(JsonNode::asText).contains("Amount__c");
    }

    @Test
    void refusesARepeatedQueryParameter() throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/contacts" + ACME + "&page_size=1&page_size=2"), 400,
                "invalid-request");

        assertThat(problem.get("detail").asText()).contains("'page_size'").contains("more than once");
        assertProblem(get("/unified/crm/contacts" + ACME + "&connection_id=sf-prod"), 400, "invalid-request");
        assertProblem(get("/unified/crm/contacts" + ACME + "&email=a&%65mail=b"), 400, "invalid-request");
    }

    @Test
    void saysAConnectionIdWithABadPercentEscapeIsMalformedNotMissing() throws Exception {
        JsonNode problem = assertRawProblem(rawGet("/unified/crm/contacts?connection_id=%zz"), 400, "invalid-request",
                null);

        assertThat(problem.get("detail").asText()).contains("'connection_id'").contains("malformed")
                .doesNotContain("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"connection_id=sf-prod%", "connection_id=sf-prod%4", "connection_id=%C3%28",
            "page_size=%G1&connection_id=sf-prod"})
    void refusesAnyBadPercentEscapeOrNonUtf8ValueNamingTheParameter(String query) throws Exception {
        JsonNode problem = assertRawProblem(rawGet("/unified/crm/contacts?" + query), 400, "invalid-request", null);

        assertThat(problem.get("detail").asText()).contains("malformed");
    }

    @Test
    void refusesABadPercentEscapeInAParameterName() throws Exception {
        JsonNode problem = assertRawProblem(rawGet("/unified/crm/contacts" + ACME + "&bad%zzname=1"), 400,
                "invalid-request", null);

        assertThat(problem.get("detail").asText()).contains("name is malformed");
    }

    @Test
    void requiresAConnectionIdOfTheRightShape() throws Exception {
        assertThat(assertProblem(get("/unified/crm/contacts"), 400, "invalid-request").get("detail").asText())
                .contains("'connection_id' is required");
        assertThat(assertProblem(get("/unified/crm/contacts?connection_id=a%20b"), 400, "invalid-request")
                .get("detail").asText()).contains("'connection_id' is malformed");
        assertProblem(get("/unified/crm/quota?connection_id="), 400, "invalid-request");
        assertProblem(get("/unified/crm/schema?connection_id=" + "x".repeat(65)), 400, "invalid-request");
    }

    @Test
    void refusesAnUnknownParameterOnEveryRouteThatTakesNoFilters() throws Exception {
        JsonNode problem = assertProblem(get("/unified/crm/quota" + ACME + "&verbose=1"), 400, "invalid-request");

        assertThat(problem.get("detail").asText()).contains("'verbose'");
        assertThat(problem.get("valid_values")).extracting(JsonNode::asText).containsExactly("connection_id");
        assertProblem(get("/health?x=1", null), 400, "invalid-request");
    }

    @Test
    void doesNotRepeatALongParameterNameInFull() throws Exception {
        String name = "x".repeat(500);

        JsonNode problem = assertProblem(get("/unified/crm/quota" + ACME + "&" + name + "=1"), 400,
                "invalid-request");

        assertThat(problem.get("detail").asText()).doesNotContain(name).contains("x".repeat(64) + "…");
    }

    @Test
    void keepsAnIdListsOrder() throws Exception {
        okBody(get("/unified/crm/accounts" + ACME + "&ids=b,a,c"));

        assertThat(crm.lastList().ids()).isEqualTo(List.of("b", "a", "c"));
    }
}
