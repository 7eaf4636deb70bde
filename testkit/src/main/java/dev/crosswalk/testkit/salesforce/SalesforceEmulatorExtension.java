package dev.crosswalk.testkit.salesforce;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

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
public final class SalesforceEmulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final SalesforceEmulator.Builder settings;
    private volatile SalesforceEmulator emulator;
    private boolean perClass;

    /** An extension with the emulator's defaults (for {@code @ExtendWith}). */
    public SalesforceEmulatorExtension() {
        this(SalesforceEmulator.builder());
    }

    private SalesforceEmulatorExtension(SalesforceEmulator.Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The running emulator.
     *
     * @throws IllegalStateException outside a test's lifecycle
     */
    public SalesforceEmulator emulator() {
        SalesforceEmulator running = emulator;
        if (running == null) {
            throw new IllegalStateException("the Salesforce emulator runs only while tests of the registering class run");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        emulator = settings.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            emulator = settings.start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private void stop() {
        SalesforceEmulator running = emulator;
        emulator = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SalesforceEmulator.class || type == EmulatorCredentials.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (emulator == null) {
            emulator = settings.start();
        }
        return parameter.getParameter().getType() == SalesforceEmulator.class ? emulator : emulator.credentials();
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
