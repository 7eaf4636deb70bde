package dev.crosswalk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PerTestEmulatorTest {

    private static final Set<HubSpotEmulator> SEEN = new HashSet<>();

    @RegisterExtension
    final HubSpotEmulatorExtension hubspot = new HubSpotEmulatorExtension();

    @RepeatedTest(2)
    void givesEachTestItsOwnEmulatorFromAnInstanceField(HubSpotEmulator emulator) {
        assertThat(emulator).isSameAs(hubspot.emulator());
        assertThat(SEEN.add(emulator)).as("a fresh server per test").isTrue();
    }
}
