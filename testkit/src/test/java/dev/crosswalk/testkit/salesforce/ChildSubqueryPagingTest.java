package dev.crosswalk.testkit.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildSubqueryPagingTest {

    @Test
    void childRowsCountTowardTheBatchAndOversizedChildSetsPage() {
        try (SalesforceEmulator emulator = SalesforceEmulator.builder().accounts(2).contacts(5_000).start()) {
            SalesforceHttp http = new SalesforceHttp(emulator);
            String token = http.accessToken();

            JsonNode first = SalesforceHttp.json(http.query("SELECT Id, Name, (SELECT Id FROM Contacts) FROM Account ORDER BY Name", token));

            assertThat(first.get("totalSize").asInt()).isEqualTo(2);
            assertThat(first.get("done").asBoolean()).isFalse();
            assertThat(first.get("records")).hasSize(1);
            JsonNode children = first.get("records").get(0).get("Contacts");
            assertThat(children.get("totalSize").asInt()).isEqualTo(2_500);
            assertThat(children.get("done").asBoolean()).isFalse();
            assertThat(children.get("records")).hasSize(1_999);
            assertThat(children.get("nextRecordsUrl").asText()).matches("/services/data/v62\\.0/query/01g[0-9A-Za-z]{15}-1999");

            List<String> ids = new ArrayList<>();
            collect(http, token, first, ids);
            assertThat(ids).hasSize(5_000).doesNotHaveDuplicates();
        }
    }

    /** Follows every child and parent nextRecordsUrl, as jsforce's autoFetch does, collecting child ids. */
    private static void collect(SalesforceHttp http, String token, JsonNode page, List<String> ids) {
        for (JsonNode account : page.get("records")) {
            JsonNode children = account.get("Contacts");
            while (children != null && !children.isNull()) {
                children.get("records").forEach(c -> ids.add(c.get("Id").asText()));
                children = children.get("done").asBoolean() ? null
                        : SalesforceHttp.json(http.get(children.get("nextRecordsUrl").asText(), token));
            }
        }
        if (!page.get("done").asBoolean()) {
            collect(http, token, SalesforceHttp.json(http.get(page.get("nextRecordsUrl").asText(), token)), ids);
        }
    }
}
