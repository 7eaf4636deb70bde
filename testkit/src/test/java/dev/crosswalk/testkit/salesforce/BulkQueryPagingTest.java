package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bulk results of a sparse filter, paged at sizes that do not line up with the snapshot's internal checkpoints
 * (every 10,000th result row): a row's place in the result then differs from its place in the table, so any mix-up
 * between the two shows as a wrong, missing or repeated id.
 */
class BulkQueryPagingTest {

    /** Contacts whose ordinal ends in 7: one in ten, about 15,000 rows, spread over the whole table. */
    private static final String SOQL = "SELECT Id FROM Contact WHERE Email LIKE '%7@%'";

    private static SalesforceEmulator emulator;
    private static SalesforceHttp http;
    private static String token;
    private static List<String> expected;

    @BeforeAll
    static void start() {
        emulator = SalesforceEmulator.builder().accounts(10).contacts(150_000).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
        expected = restIds();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static List<String> restIds() {
        List<String> ids = new ArrayList<>();
        JsonNode page = SalesforceHttp.json(http.query(SOQL, token));
        while (true) {
            page.get("records").forEach(record -> ids.add(record.get("Id").asText()));
            if (page.get("done").asBoolean()) {
                return ids;
            }
            page = SalesforceHttp.json(http.get(page.get("nextRecordsUrl").asText(), token));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7_777, 10_000, 10_001})
    void followingTheLocatorsGivesEveryRowOnceInIdOrder(int maxRecords) {
        String job = SalesforceHttp.json(http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"" + SOQL + "\"}")).get("id").asText();
        List<String> ids = new ArrayList<>();
        String locator = "";
        do {
            HttpResponse<String> page = http.get(http.data("/jobs/query/" + job + "/results?maxRecords=" + maxRecords
                    + (locator.isEmpty() ? "" : "&locator=" + locator)), token);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            List<String> lines = Arrays.asList(page.body().split("\n"));
            lines.subList(1, lines.size()).forEach(line -> ids.add(line.substring(1, 19)));
            locator = page.headers().firstValue("Sforce-Locator").orElseThrow();
        } while (!locator.equals("null"));

        assertThat(expected).hasSizeGreaterThan(10_001 + 1_000);
        assertThat(ids).containsExactlyElementsOf(expected);
    }
}
