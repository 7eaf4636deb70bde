package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.SortOrder;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HubSpot stops any one search at 10,000 results. A query that matches more still reaches every record (paged by id),
 * and an ordered one that cannot is refused saying why, never cut short in silence.
 */
class HubSpotSearchWindowTest {

    private static final int CONTACTS = 10_150;

    private static HubSpotEmulator emulator;
    private static HubSpotHost host;

    @BeforeAll
    static void start() {
        emulator = HubSpotEmulator.builder().port(0).seed(11).companies(20).contacts(CONTACTS).deals(1)
                .searchesPerSecond(10_000).burstLimit(100_000).start();
        host = HubSpotHost.privateApp(emulator, Map.of("search_requests_per_second", "1000"));
    }

    @AfterAll
    static void stop() {
        host.close();
        emulator.close();
    }

    @Test
    void aSearchMatchingMoreThanTheWindowReachesEveryRecordOnce() {
        List<ProviderRecord> all = HubSpotRecordsTest.all(host, RecordQuery.builder("contacts")
                .fields(List.of("email")).createdAfter(Instant.EPOCH).pageSize(2000));

        assertThat(all).hasSize(CONTACTS);
        assertThat(all.stream().map(ProviderRecord::id).distinct()).hasSize(CONTACTS);
    }

    @Test
    void anOrderedSearchPastTheWindowIsRefusedOnItsFirstPageSayingHowToNarrowIt() {
        assertThatThrownBy(() -> host.connector.records().list(host.connection, RecordQuery.builder("contacts")
                .fields(List.of("email")).orderBy(SortOrder.ascending("email")).pageSize(150).build()))
                .isInstanceOf(CrmFailure.InvalidInput.class)
                .hasMessageContaining("matches " + CONTACTS).hasMessageContaining("leave out the order");
    }

    @Test
    void anOrderedSearchWithinTheWindowReadsToItsEndWhateverThePageSize() {
        List<ProviderRecord> all = HubSpotRecordsTest.all(host, RecordQuery.builder("contacts")
                .fields(List.of("email")).filter(FieldFilter.of("hs_object_id", FieldFilter.Operator.LESS_OR_EQUAL,
                        List.of(firstIdPlus(9_949)))).orderBy(SortOrder.descending("email")).pageSize(150));

        assertThat(all).hasSize(9_950);
        assertThat(all.stream().map(ProviderRecord::id).distinct()).hasSize(9_950);
    }

    /** Ids count up from the first contact's, so this bound leaves exactly {@code offset + 1} contacts. */
    private static long firstIdPlus(int offset) {
        return Long.parseLong(host.connector.records().list(host.connection, RecordQuery.builder("contacts")
                .pageSize(1).fields(List.of("email")).build()).records().get(0).id()) + offset;
    }
}
