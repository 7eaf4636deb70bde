package dev.crosswalk.clientcompat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A parent-to-child subquery whose child rows exceed one batch (2,000 rows, children included): two accounts with
 * 2,500 contacts each.
 */
class SubqueryPagingIT {

    private static final int CHILDREN_PER_PARENT = 2_500;

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce =
            SalesforceEmulatorExtension.builder().seed(42L).accounts(2).contacts(2L * CHILDREN_PER_PARENT).build();

    @Test
    void autoFetchCollectsEveryChildRow(SalesforceEmulator emulator) {
        JsonNode fetched = NodeScenario.run(emulator, "subquery-paging.mjs").path("fetched");

        assertThat(fetched.path("rows").asInt()).isEqualTo(2);
        assertThat(fetched.path("children")).hasSize(2).allSatisfy(children -> {
            assertThat(children.path("totalSize").asInt()).isEqualTo(CHILDREN_PER_PARENT);
            assertThat(children.path("rows").asInt()).isEqualTo(CHILDREN_PER_PARENT);
            assertThat(children.path("done").asBoolean()).isTrue();
        });
    }

    @Test
    void aChildSetLargerThanABatchComesInPagesThatAutoFetchFollows(SalesforceEmulator emulator) {
        JsonNode result = NodeScenario.run(emulator, "subquery-paging.mjs");

        JsonNode raw = result.path("raw");
        int rowsInFirstResponse = raw.path("rows").asInt();
        for (JsonNode children : raw.path("children")) {
            rowsInFirstResponse += children.path("rows").asInt();
        }
        assertThat(rowsInFirstResponse).as("rows in one response, children included").isLessThanOrEqualTo(2_000);
        assertThat(raw.path("children")).anySatisfy(children -> {
            assertThat(children.path("done").asBoolean()).isFalse();
            assertThat(children.path("nextRecordsUrl").asText()).matches("/services/data/v62\\.0/query/01g[0-9A-Za-z]{15}-\\d+");
        });
        assertThat(result.path("fetched").path("children"))
                .allSatisfy(children -> assertThat(children.path("rows").asInt()).isEqualTo(CHILDREN_PER_PARENT));
        assertThat(emulator.requestLog().count(r -> r.path().matches("/services/data/v62\\.0/query/01g[0-9A-Za-z]{15}-\\d+")))
                .as("child query-more calls").isPositive();
    }
}
