package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.FieldSchema;
import dev.crosswalk.core.domain.FieldType;
import dev.crosswalk.core.domain.ObjectSchema;
import dev.crosswalk.core.domain.ProviderRecord;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.fakes.InMemoryCrm;
import dev.crosswalk.core.port.in.ListRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quota alert is written once per connection and window, when a call leaves usage at or above 80 %. */
class QuotaAlertsTest {

    private static final ObjectSchema DEAL = ObjectSchema.builder("Deal__c")
            .field(FieldSchema.builder("Id", FieldType.ID).build()).build();

    private final CoreFixture fixture = new CoreFixture(InMemoryCrm.capable()
            .object(DEAL, List.of(ProviderRecord.builder("Deal__c", "a0X1").build())));

    private void callWithUsage(long used, Instant observedAt) {
        fixture.crm.quotaIs(QuotaUsage.of(used, 100_000, observedAt).withWindow(Duration.ofDays(1)));
        fixture.core.providerRecords().list("Deal__c", ListRequest.builder(fixture.acme.ref()).build());
    }

    private List<ConnectionEvent> alerts() {
        return fixture.webhooks.events().stream()
                .filter(event -> event.type() == ConnectionEvent.Type.QUOTA_ALERT).toList();
    }

    @Test
    void alertsOncePerWindowWhenUsageReachesEightyPercent() {
        Instant today = Instant.parse("2026-01-01T10:00:00Z");
        callWithUsage(79_999, today);
        assertThat(alerts()).isEmpty();

        callWithUsage(80_000, today);
        callWithUsage(85_000, today.plusSeconds(3600));

        assertThat(alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.connection()).isEqualTo(fixture.acme.ref());
            assertThat(alert.detail()).contains("80,000 of its 100,000 API calls (80 %)");
        });

        callWithUsage(90_000, Instant.parse("2026-01-02T01:00:00Z"));
        assertThat(alerts()).hasSize(2);
    }

    @Test
    void anotherConnectionGetsItsOwnAlert() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        callWithUsage(95_000, now);
        fixture.core.providerRecords().list("Deal__c", ListRequest.builder(fixture.globex.ref()).build());

        assertThat(alerts()).extracting(ConnectionEvent::connection)
                .containsExactly(fixture.acme.ref(), fixture.globex.ref());
    }
}
