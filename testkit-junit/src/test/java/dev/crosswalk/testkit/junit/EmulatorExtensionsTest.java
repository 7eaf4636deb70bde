package dev.crosswalk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.emulator.hubspot.HubSpotCredentials;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmulatorExtensionsTest {

    @RegisterExtension
    static final SalesforceEmulatorExtension SF = SalesforceEmulatorExtension.builder().seed(7L).accounts(2).contacts(4).build();

    @RegisterExtension
    static final HubSpotEmulatorExtension HUBSPOT = HubSpotEmulatorExtension.of(HubSpotEmulator.builder().seed(7L).contacts(4));

    @Test
    void injectsTheRunningSalesforceEmulatorAndItsCredentials(SalesforceEmulator emulator, EmulatorCredentials credentials) {
        assertThat(emulator).isSameAs(SF.emulator());
        assertThat(credentials).isEqualTo(emulator.credentials());
        assertThat(emulator.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void emulatorsAreUnavailableOutsideATestLifecycle() {
        assertThatThrownBy(SalesforceEmulatorExtension.builder().build()::emulator).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(new HubSpotEmulatorExtension()::emulator).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HubSpot");
    }

    @Test
    void injectsTheFirstPortalsCredentials(HubSpotCredentials portal) {
        assertThat(portal).isEqualTo(HUBSPOT.emulator().credentials());
        assertThat(portal.privateAppToken()).startsWith("pat-");
    }
}
