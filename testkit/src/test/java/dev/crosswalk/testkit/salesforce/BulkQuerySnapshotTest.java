package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A completed Bulk query job's result is a snapshot: writes between result pages neither shift nor reorder it. */
class BulkQuerySnapshotTest {

    private static final int PAGE = 10;

    private SalesforceEmulator emulator;
    private SalesforceHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.builder().accounts(3).contacts(30).start();
        http = new SalesforceHttp(emulator);
        token = http.accessToken();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Creates a job (complete at once: no processing time) and returns its id. */
    private String completedJob(String soql) {
        HttpResponse<String> created = http.json("POST", http.data("/jobs/query"), token,
                "{\"operation\":\"query\",\"query\":\"" + soql + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return SalesforceHttp.json(created).get("id").asText();
    }

    private long numberRecordsProcessed(String job) {
        return SalesforceHttp.json(http.get(http.data("/jobs/query/" + job), token)).get("numberRecordsProcessed").asLong();
    }

    /** One page of {@link #PAGE} rows: its data lines (header dropped) and the locator of the next page. */
    private record Page(List<String> lines, String next) {
    }

    private Page page(String job, String locator) {
        HttpResponse<String> response = http.get(http.data("/jobs/query/" + job + "/results?maxRecords=" + PAGE
                + (locator.isEmpty() ? "" : "&locator=" + locator)), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> lines = Arrays.asList(response.body().split("\n"));
        return new Page(lines.subList(1, lines.size()), response.headers().firstValue("Sforce-Locator").orElseThrow());
    }

    private List<String> restIds(String soql) {
        List<String> ids = new ArrayList<>();
        SalesforceHttp.json(http.query(soql, token)).get("records").forEach(record -> ids.add(record.get("Id").asText()));
        return ids;
    }

    private static String id(String line) {
        return line.substring(1, 19);
    }

    private String insertContact(String lastName) {
        return SalesforceHttp.json(http.json("POST", http.data("/sobjects/Contact"), token, "{\"LastName\":\"" + lastName + "\"}"))
                .get("id").asText();
    }

    private void delete(String id) {
        assertThat(http.json("DELETE", http.data("/sobjects/Contact/" + id), token, null).statusCode()).isEqualTo(204);
    }

    @Test
    void insertsAndDeletesBetweenPagesNeitherDuplicateNorSkipRows() {
        List<String> before = restIds("SELECT Id FROM Contact");
        String job = completedJob("SELECT Id FROM Contact");
        long total = numberRecordsProcessed(job);
        Page first = page(job, "");

        insertContact("Later");
        delete(before.get(0));
        delete(before.get(1));
        delete(before.get(15));
        List<String> ids = new ArrayList<>(first.lines().stream().map(BulkQuerySnapshotTest::id).toList());
        for (String locator = first.next(); !locator.equals("null");) {
            Page page = page(job, locator);
            page.lines().forEach(line -> ids.add(id(line)));
            locator = page.next();
        }

        assertThat(total).isEqualTo(30);
        assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(before);
        assertThat(numberRecordsProcessed(job)).isEqualTo(total);
    }

    @Test
    void orderedResultKeepsItsOrderWhileSortKeysChangeBetweenPages() {
        List<String> before = restIds("SELECT Id FROM Contact ORDER BY LastName DESC, Id");
        String job = completedJob("SELECT Id, LastName FROM Contact ORDER BY LastName DESC, Id");
        Page first = page(job, "");

        String moved = before.get(25);
        assertThat(http.json("PATCH", http.data("/sobjects/Contact/" + moved), token, "{\"LastName\":\"Zzz\"}").statusCode())
                .isEqualTo(204);
        insertContact("Zzzz");
        delete(before.get(0));
        delete(before.get(12));
        List<String> lines = new ArrayList<>(first.lines());
        for (String locator = first.next(); !locator.equals("null");) {
            Page page = page(job, locator);
            lines.addAll(page.lines());
            locator = page.next();
        }

        assertThat(lines.stream().map(BulkQuerySnapshotTest::id).toList()).containsExactlyElementsOf(before);
        assertThat(lines.get(25)).isEqualTo("\"" + moved + "\",\"Zzz\"");
    }

    @Test
    void rowsDeletedAfterCompletionAreStillInTheResult() {
        List<String> before = restIds("SELECT Id FROM Contact");
        String job = completedJob("SELECT Id FROM Contact");
        assertThat(numberRecordsProcessed(job)).isEqualTo(30);

        before.forEach(this::delete);
        HttpResponse<String> all = http.get(http.data("/jobs/query/" + job + "/results"), token);

        assertThat(all.headers().firstValue("Sforce-NumberOfRecords")).contains("30");
        List<String> lines = Arrays.asList(all.body().split("\n"));
        assertThat(lines.subList(1, lines.size()).stream().map(BulkQuerySnapshotTest::id).toList()).isEqualTo(before);
        JsonNode live = SalesforceHttp.json(http.query("SELECT COUNT() FROM Contact", token));
        assertThat(live.get("totalSize").asInt()).isZero();
    }
}
