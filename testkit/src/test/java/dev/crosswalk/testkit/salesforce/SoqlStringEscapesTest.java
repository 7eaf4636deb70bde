package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.salesforce.http.Json;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** String literal escapes as the platform reads them: {@code \%}, {@code \_} and {@code \\} in LIKE, {@code \\uXXXX}. */
class SoqlStringEscapesTest {

    @AutoClose
    static final SalesforceEmulator SF = SalesforceEmulator.builder().accounts(1).contacts(0).start();

    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void login() {
        http = new SalesforceHttp(SF);
        token = http.accessToken();
    }

    @Test
    void escapedPercentUnderscoreAndBackslashMatchThemselvesInALikePattern() {
        String percent = create("Esc 100% sure");
        String underscore = create("Esc snake_case");
        String backslash = create("Esc back\\slash");
        create("Esc 100 x sure");
        create("Esc snakeXcase");
        create("Esc backXslash");

        assertThat(ids("SELECT Id FROM Contact WHERE LastName LIKE '%100\\%%'")).containsExactly(percent);
        assertThat(ids("SELECT Id FROM Contact WHERE LastName LIKE '%snake\\_case%'")).containsExactly(underscore);
        assertThat(ids("SELECT Id FROM Contact WHERE LastName LIKE '%back\\\\slash%'")).containsExactly(backslash);
        assertThat(ids("SELECT Id FROM Contact WHERE LastName LIKE 'Esc snake_case'")).hasSize(2);
    }

    @Test
    void aLikePatternMatchesACharacterOutsideTheBasicPlaneWhole() {
        String clef = create("Esc clef \ud834\udd1e here");
        create("Esc clef here");

        assertThat(ids("SELECT Id FROM Contact WHERE LastName LIKE '%\ud834\udd1e%'")).containsExactly(clef);
        assertThat(ids("SELECT Id FROM Contact WHERE LastName LIKE 'Esc clef _ here'")).containsExactly(clef);
    }

    @Test
    void aUnicodeEscapeStandsForItsCharacter() {
        String accented = create("Esc caf\u00e9");

        assertThat(ids("SELECT Id FROM Contact WHERE LastName = 'Esc caf\\u00e9'")).containsExactly(accented);
        assertThat(ids("SELECT Id FROM Contact WHERE LastName = 'Esc caf\\u00E9'")).containsExactly(accented);
    }

    private String create(String lastName) {
        HttpResponse<String> created = http.json("POST", http.data("/sobjects/Contact"), token,
                Json.object().put("LastName", lastName).toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return SalesforceHttp.json(created).get("id").asText();
    }

    private List<String> ids(String soql) {
        HttpResponse<String> response = http.query(soql, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode record : SalesforceHttp.json(response).get("records")) {
            ids.add(record.get("Id").asText());
        }
        return ids;
    }
}
