package dev.crosswalk.testkit.junit;

import dev.crosswalk.testkit.salesforce.EmulatorCredentials;
import dev.crosswalk.testkit.salesforce.RefreshTokenPolicy;
import dev.crosswalk.testkit.salesforce.SalesforceEmulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * JUnit 5 extension that runs a {@link SalesforceEmulator} on a free port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SalesforceEmulatorExtension SF = SalesforceEmulatorExtension.builder().contacts(100).build();
 *
 * @Test void reads(SalesforceEmulator emulator, EmulatorCredentials credentials) { ... SF.emulator().baseUrl() ... }
 * }</pre>
 *
 * <p>Registered on a static field (or with {@code @ExtendWith}) the emulator lives for the test class; on an instance
 * field, for each test. Test methods and constructors may declare {@link SalesforceEmulator} and
 * {@link EmulatorCredentials} parameters. The request log is not cleared between tests; call
 * {@code requestLog().clear()} where counts matter.
 */
public final class SalesforceEmulatorExtension extends EmulatorExtension<SalesforceEmulator> {

    /** An extension with the emulator's defaults (for {@code @ExtendWith}). */
    public SalesforceEmulatorExtension() {
        this(SalesforceEmulator.builder());
    }

    private SalesforceEmulatorExtension(SalesforceEmulator.Builder settings) {
        super(settings::start, Map.of(SalesforceEmulator.class, emulator -> emulator,
                EmulatorCredentials.class, SalesforceEmulator::credentials), "Salesforce");
    }

    /** A builder with the emulator's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures the emulator the extension starts; mirrors {@link SalesforceEmulator.Builder}. Not thread-safe. */
    public static final class Builder {

        private final SalesforceEmulator.Builder settings = SalesforceEmulator.builder();

        private Builder() {
        }

        public Builder seed(long seed) {
            settings.seed(seed);
            return this;
        }

        public Builder orgs(int count) {
            settings.orgs(count);
            return this;
        }

        public Builder accounts(long count) {
            settings.accounts(count);
            return this;
        }

        public Builder contacts(long count) {
            settings.contacts(count);
            return this;
        }

        public Builder opportunities(long count) {
            settings.opportunities(count);
            return this;
        }

        public Builder leads(long count) {
            settings.leads(count);
            return this;
        }

        public Builder dealRegistrations(long count) {
            settings.dealRegistrations(count);
            return this;
        }

        public Builder concurrentRequestLimit(int max) {
            settings.concurrentRequestLimit(max);
            return this;
        }

        public Builder longRunningRequestThreshold(Duration threshold) {
            settings.longRunningRequestThreshold(threshold);
            return this;
        }

        public Builder accessTokenLifetime(Duration lifetime) {
            settings.accessTokenLifetime(lifetime);
            return this;
        }

        public Builder clock(Clock clock) {
            settings.clock(clock);
            return this;
        }

        public Builder dailyApiRequests(long max) {
            settings.dailyApiRequests(max);
            return this;
        }

        public Builder bulkProcessingTime(Duration time) {
            settings.bulkProcessingTime(time);
            return this;
        }

        public Builder refreshTokenPolicy(RefreshTokenPolicy policy) {
            settings.refreshTokenPolicy(policy);
            return this;
        }

        public Builder jwtPublicKey(java.security.PublicKey key) {
            settings.jwtPublicKey(key);
            return this;
        }

        public Builder callbackUrls(String... urls) {
            settings.callbackUrls(urls);
            return this;
        }

        public Builder connectedAppInstalled(boolean installed) {
            settings.connectedAppInstalled(installed);
            return this;
        }

        public SalesforceEmulatorExtension build() {
            return new SalesforceEmulatorExtension(settings);
        }
    }
}
