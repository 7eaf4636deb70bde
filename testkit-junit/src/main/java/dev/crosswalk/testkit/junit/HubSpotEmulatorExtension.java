package dev.crosswalk.testkit.junit;

import dev.crosswalk.emulator.hubspot.HubSpotCredentials;
import dev.crosswalk.emulator.hubspot.HubSpotEmulator;
import java.util.Map;
import java.util.Objects;

/**
 * JUnit 5 extension that runs a {@link HubSpotEmulator} on a free port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HubSpotEmulatorExtension HUBSPOT = HubSpotEmulatorExtension.of(HubSpotEmulator.builder().contacts(100));
 *
 * @Test void reads(HubSpotEmulator emulator, HubSpotCredentials portal) { ... portal.privateAppToken() ... }
 * }</pre>
 *
 * <p>Registered on a static field (or with {@code @ExtendWith}) the emulator lives for the test class; on an instance
 * field, for each test. Test methods and constructors may declare {@link HubSpotEmulator} and
 * {@link HubSpotCredentials} (the first portal's) parameters. The request log is not cleared between tests.
 */
public final class HubSpotEmulatorExtension extends EmulatorExtension<HubSpotEmulator> {

    /** An extension with the emulator's defaults (for {@code @ExtendWith}). */
    public HubSpotEmulatorExtension() {
        this(HubSpotEmulator.builder());
    }

    private HubSpotEmulatorExtension(HubSpotEmulator.Builder settings) {
        super(settings::start, Map.of(HubSpotEmulator.class, emulator -> emulator,
                HubSpotCredentials.class, HubSpotEmulator::credentials), "HubSpot");
    }

    /**
     * An extension that starts emulators as {@code settings} says; the builder is used at each start, so do not
     * change it afterwards.
     */
    public static HubSpotEmulatorExtension of(HubSpotEmulator.Builder settings) {
        return new HubSpotEmulatorExtension(Objects.requireNonNull(settings, "settings"));
    }
}
