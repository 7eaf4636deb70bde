package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.PageToken;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordPage;
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
    void anOrderedSearchPastTheWindowIsRefusedSayingHowToNarrowIt() {
        RecordQuery.Builder ordered = RecordQuery.builder("contacts").fields(List.of("email"))
                .orderBy(SortOrder.ascending("email")).pageSize(2000);
        PageToken next = null;
        int read = 0;
        for (int page = 0; page < 50; page++) {
            RecordPage answer = host.connector.records().list(host.connection, ordered.pageToken(next).build());
            read += answer.records().size();
            next = answer.next().orElseThrow();
        }
        assertThat(read).isEqualTo(10_000);
        PageToken pastTheWindow = next;

        assertThatThrownBy(() -> host.connector.records().list(host.connection,
                ordered.pageToken(pastTheWindow).build()))
                .isInstanceOf(CrmFailure.InvalidInput.class)
                .hasMessageContaining("10000").hasMessageContaining("leave out the order");
    }
}
