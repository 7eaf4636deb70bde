package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.RecordLookup;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.Watermark;
import dev.crosswalk.core.port.out.crm.RecordPort;
import dev.crosswalk.testkit.junit.SalesforceEmulatorExtension;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Records that change while a client reads: deleted ones (queryAll) and new ones after a watermark. */
class SalesforceRecordChangesTest {

    @RegisterExtension
    final SalesforceEmulatorExtension salesforce = SalesforceEmulatorExtension.builder()
            .seed(11).accounts(3).contacts(20).build();

    private EmulatorConnection connection;
    private EmulatorRest rest;
    private RecordPort records;

    @BeforeEach
    void connect() {
        SalesforceEmulator emulator = salesforce.emulator();
        connection = EmulatorConnection.to(emulator);
        rest = new EmulatorRest(emulator);
        records = connection.connector.records();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void listsADeletedRecordMarkedDeletedOnlyWhenDeletedRecordsAreAskedFor() {
        String doomed = rest.create("Contact", Map.of("LastName", "Doomed"));
        rest.delete("Contact", doomed);

        RecordQuery query = RecordQuery.builder("Contact").fields(List.of("LastName")).pageSize(200).build();
        List<ProviderRecord> live = records.list(connection.connection, query).records();
        List<ProviderRecord> all = records.list(connection.connection, query.toBuilder().includeDeleted(true).build())
                .records();

        assertThat(live).extracting(ProviderRecord::id).hasSize(20).doesNotContain(doomed);
        assertThat(all).hasSize(21).filteredOn(ProviderRecord::deleted).singleElement().satisfies(deleted -> {
            assertThat(deleted.id()).isEqualTo(doomed);
            assertThat(deleted.fields()).containsOnlyKeys("Id", "LastName");
        });
        assertThat(salesforce.emulator().requestLog().countPathContaining("/queryAll")).isEqualTo(1);
    }

    @Test
    void getsADeletedRecordOnlyWhenDeletedRecordsAreAskedFor() {
        String doomed = rest.create("Contact", Map.of("LastName", "Doomed"));
        rest.delete("Contact", doomed);

        assertThat(records.get(connection.connection, RecordLookup.of("Contact", doomed))).isEmpty();
        assertThat(records.get(connection.connection, RecordLookup.of("Contact", doomed).withDeleted(true)))
                .hasValueSatisfying(found -> {
                    assertThat(found.deleted()).isTrue();
                    assertThat(found.fields().get("LastName")).isEqualTo("Doomed");
                    assertThat(found.fields().get("IsDeleted")).isEqualTo(true);
                });
    }

    @Test
    void listsFromTheLastWatermarkExactlyTheRecordsChangedSince() {
        RecordQuery sync = RecordQuery.builder("Contact").fields(List.of("LastName"))
                .modifiedSince(Watermark.after(Instant.EPOCH, "")).pageSize(2000).build();
        RecordPage everything = records.list(connection.connection, sync);
        Watermark caughtUp = everything.watermark().orElseThrow();

        String added = rest.create("Contact", Map.of("LastName", "Newcomer"));
        RecordPage changes = records.list(connection.connection, sync.toBuilder().modifiedSince(caughtUp).build());

        assertThat(everything.records()).hasSize(20);
        assertThat(changes.records()).extracting(ProviderRecord::id).containsExactly(added);
        Watermark next = changes.watermark().orElseThrow();
        assertThat(next.lastId()).isEqualTo(added);
        assertThat(next.modifiedAt()).isAfterOrEqualTo(caughtUp.modifiedAt());
        assertThat(records.list(connection.connection, sync.toBuilder().modifiedSince(next).build()).records())
                .isEmpty();
    }
}
