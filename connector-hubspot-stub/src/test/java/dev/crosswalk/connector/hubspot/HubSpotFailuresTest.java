package dev.crosswalk.connector.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.emulator.hubspot.HubSpotFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HubSpot's refusals, as the emulator sends them, classified into core's failure kinds. */
class HubSpotFailuresTest {

    private HubSpotEmulator emulator;
    private HubSpotHost host;

    @BeforeEach
    void start() {
        emulator = HubSpotEmulator.builder().port(0).seed(5).companies(3).contacts(10).deals(3).start();
        host = HubSpotHost.privateApp(emulator);
    }

    @AfterEach
    void stop() {
        host.close();
        emulator.close();
    }

    @Test
    void aPassingServerErrorIsRetriedAndTheCallSucceeds() {
        emulator.faults().add(HubSpotFault.status(503).onRoute("GET", "/crm/v3/objects/contacts").times(2));

        assertThat(list()).hasSize(10);
    }

    @Test
    void aLastingServerErrorIsTransientWithHubSpotsCorrelationId() {
        emulator.faults().add(HubSpotFault.status(502).onRoute("GET", "/crm/v3/objects/contacts"));

        assertThatThrownBy(this::list).isInstanceOf(CrmFailure.Transient.class)
                .hasMessageContaining("correlation id");
    }

    @Test
    void aSpentBurstWindowIsARateLimitWithTheWaitHubSpotAskedFor() {
        emulator.faults().add(HubSpotFault.rateLimitSpent().onRoute("GET", "/crm/v3/objects/contacts"));

        assertThatThrownBy(this::list).isInstanceOfSatisfying(CrmFailure.RateLimited.class, limited -> {
            assertThat(limited).isNotInstanceOf(CrmFailure.QuotaExhausted.class);
            assertThat(limited.providerCode()).contains("TEN_SECONDLY_ROLLING");
            assertThat(limited.retryAfter()).isPresent();
        });
    }

    @Test
    void aSpentDailyAllowanceIsNotRetriedAndSaysWhenItFrees() {
        try (HubSpotEmulator daily = HubSpotEmulator.builder().port(0).seed(5).companies(1).contacts(3).deals(1)
                .dailyLimit(3).start(); HubSpotHost limited = HubSpotHost.privateApp(daily)) {
            listThrough(limited); // the properties, then the first page
            listThrough(limited); // the page only: the properties are cached

            assertThatThrownBy(() -> listThrough(limited)).isInstanceOfSatisfying(CrmFailure.QuotaExhausted.class,
                    spent -> {
                        assertThat(spent.providerCode()).contains("DAILY");
                        assertThat(spent.retryAfter()).hasValueSatisfying(wait -> assertThat(wait)
                                .isPositive().isLessThanOrEqualTo(java.time.Duration.ofDays(1)));
                        assertThat(spent).hasMessageContaining("after midnight");
                    });
            assertThat(daily.requestLog().size()).isEqualTo(4);
        }
    }

    @Test
    void aBadRequestIsRejectedNotRetried() {
        emulator.faults().add(HubSpotFault.status(400).onRoute("GET", "/crm/v3/objects/contacts"));

        assertThatThrownBy(this::list).isInstanceOf(CrmFailure.Rejected.class);
        assertThat(emulator.faults().injected()).isEqualTo(1);
    }

    private java.util.List<?> list() {
        return listThrough(host);
    }

    private static java.util.List<?> listThrough(HubSpotHost through) {
        return through.connector.records().list(through.connection, RecordQuery.builder("contacts").build())
                .records();
    }
}
