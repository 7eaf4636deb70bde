package dev.crosswalk.conformance;

import dev.crosswalk.core.application.CrosswalkCore;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.fakes.InMemoryAuthorizationStore;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryMappingOverrideStore;
import dev.crosswalk.core.fakes.InMemoryTenantStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.fakes.InMemoryTransactions;
import dev.crosswalk.core.fakes.InMemoryWebhooks;
import dev.crosswalk.core.fakes.MutableClock;
import dev.crosswalk.core.fakes.RecordingWebhookSender;
import dev.crosswalk.core.port.out.crm.CrmPorts;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.Connector;
import dev.crosswalk.spi.ConnectorContext;
import dev.crosswalk.spi.ConnectorFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A connector wired as a host wires it, over in-memory stores: core's token store, connection store, in-process
 * connection locks, a {@link MutableClock}, an event outbox the test reads, and a retry policy whose waits pass
 * instantly (they are counted, not slept). It stores one connection with its tokens, creates the connector from a
 * {@link ConnectorFactory} and a configuration validated against the factory's spec, and closes the connector when
 * closed. {@link #host()} gives core's use cases over the same stores and this connector, for what only the host does
 * (marking a connection that needs re-authorisation).
 *
 * <p>Build with {@link #builder(ConnectorFactory)}; the builder is not thread-safe. The built context is thread-safe,
 * as the connector it holds must be.
 *
 * @since 0.1
 */
public final class TestingConnectorContext implements AutoCloseable {

    /** Attempts per call of the default retry policy: enough to see a retry, few enough to stay fast. */
    public static final int RETRY_ATTEMPTS = 3;

    private final MutableClock clock;
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    private final InMemoryConnectionLocks locks = new InMemoryConnectionLocks();
    private final InMemoryWebhooks outbox = new InMemoryWebhooks();
    private final InstantTimer timer = new InstantTimer();
    private final AtomicInteger storedByTheTest = new AtomicInteger();
    private final Connection connection;
    private final Connector connector;
    private CrosswalkCore host;

    private TestingConnectorContext(Builder builder) {
        this.clock = new MutableClock(builder.start);
        this.connection = Objects.requireNonNull(builder.connection, "connection");
        connections.save(connection);
        tokens.save(connection.ref(), Objects.requireNonNull(builder.tokens, "tokens"));
        CrmRetry retry = builder.retry != null ? builder.retry : CrmRetry.builder()
                .timer(timer)
                .maxAttempts(RETRY_ATTEMPTS)
                .backoff(Duration.ofMillis(1), Duration.ofMinutes(1))
                .maxDuration(Duration.ofMinutes(10))
                .circuitBreaker(1000, Duration.ofSeconds(1))
                .build();
        ConnectorContext context = ConnectorContext.builder()
                .tokens(tokens)
                .connections(connections)
                .locks(locks)
                .retry(retry)
                .clock(clock)
                .events(outbox)
                .build();
        ConnectorFactory factory = builder.factory;
        this.connector = factory.create(factory.configSpec().validate(builder.config), context);
    }

    /**
     * @param factory the connector's factory; never {@code null}
     * @return a builder; not thread-safe
     */
    public static Builder builder(ConnectorFactory factory) {
        return new Builder(factory);
    }

    /** @return the connector; never {@code null} */
    public Connector connector() {
        return connector;
    }

    /**
     * @return the connection as the connector is handed it: as stored at creation (the host reads it once per
     *     request; a status change shows in {@link #storedConnection()})
     */
    public Connection connection() {
        return connection;
    }

    /** @return the connection as stored now (its status, its instance URL after a move) */
    public Connection storedConnection() {
        return connections.find(connection.ref()).orElseThrow();
    }

    /** @return the connection's tokens as stored now */
    public Optional<OAuthTokens> storedTokens() {
        return tokens.load(connection.ref());
    }

    /**
     * Replaces the connection's stored tokens, as a reconnection elsewhere would. The connector's token manager may
     * keep the tokens it read for {@link dev.crosswalk.core.toolkit.token.TokenManager#KEPT_FOR}; move the clock on
     * that far for it to read these.
     *
     * @param replacement the tokens to store; never {@code null}
     */
    public void storeTokens(OAuthTokens replacement) {
        tokens.save(connection.ref(), replacement);
        storedByTheTest.incrementAndGet();
    }

    /** @return how many times the connector's token manager stored refreshed tokens since creation */
    public int tokenRefreshes() {
        return tokens.saves() - 1 - storedByTheTest.get();
    }

    /** @return the clock the connector and its token manager read; tests move it by hand */
    public MutableClock clock() {
        return clock;
    }

    /** @return every connection event written to the outbox so far, oldest first */
    public List<ConnectionEvent> events() {
        return outbox.events();
    }

    /** @return the time the default retry policy has waited between attempts, in total (waits are not slept) */
    public Duration retryWaits() {
        return Duration.ofNanos(timer.waited.get());
    }

    /**
     * @return core's use cases over this context's stores, clock and outbox, with this connector as the one installed
     *     connector; built on first use
     */
    public synchronized CrosswalkCore host() {
        if (host == null) {
            host = CrosswalkCore.builder()
                    .connections(connections)
                    .tenants(new InMemoryTenantStore())
                    .tokens(tokens)
                    .locks(locks)
                    .authorizations(new InMemoryAuthorizationStore())
                    .transactions(new InMemoryTransactions())
                    .outbox(outbox)
                    .webhooks(outbox, new RecordingWebhookSender())
                    .overrides(new InMemoryMappingOverrideStore(clock))
                    .connectors(kind -> kind.equals(connection.connectorKind())
                            ? Optional.<CrmPorts>of(connector) : Optional.empty())
                    .events((marked, reason) -> { })
                    .cursorKey(Secret.of("conformance-kit-cursor-key-0123456789abcdef"))
                    .clock(clock)
                    .build();
        }
        return host;
    }

    /** Closes the connector. */
    @Override
    public void close() {
        connector.close();
    }

    /** Waits that pass at once: a sleep moves this timer's own time on. Thread-safe. */
    private static final class InstantTimer implements CrmRetry.Timer {
        private final AtomicLong now = new AtomicLong();
        private final AtomicLong waited = new AtomicLong();

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void sleep(Duration wait) {
            now.addAndGet(wait.toNanos());
            waited.addAndGet(wait.toNanos());
        }
    }

    /** Configures a {@link TestingConnectorContext}. Not thread-safe. */
    public static final class Builder {
        private final ConnectorFactory factory;
        private Map<String, String> config = Map.of();
        private Connection connection;
        private OAuthTokens tokens;
        private Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private CrmRetry retry;

        private Builder(ConnectorFactory factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        /** @param raw the configuration as a host reads it; validated against the factory's spec at build */
        public Builder config(Map<String, String> raw) {
            this.config = Map.copyOf(raw);
            return this;
        }

        /** @param stored the connection to store and hand the connector; required */
        public Builder connection(Connection stored) {
            this.connection = Objects.requireNonNull(stored, "stored");
            return this;
        }

        /** @param stored the connection's tokens; required */
        public Builder tokens(OAuthTokens stored) {
            this.tokens = Objects.requireNonNull(stored, "stored");
            return this;
        }

        /** @param instant where the clock starts; default now, to the second */
        public Builder clockAt(Instant instant) {
            this.start = Objects.requireNonNull(instant, "instant");
            return this;
        }

        /**
         * @param policy the retry policy to lend the connector instead of the default
         *     ({@link TestingConnectorContext#RETRY_ATTEMPTS} attempts, waits that pass at once);
         *     {@link TestingConnectorContext#retryWaits()} then counts nothing
         */
        public Builder retry(CrmRetry policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Stores the connection and its tokens and creates the connector.
         *
         * @return the context
         * @throws dev.crosswalk.spi.config.ConfigValidationException when the configuration does not fit the spec
         * @throws NullPointerException when the connection or tokens were not given
         */
        public TestingConnectorContext build() {
            return new TestingConnectorContext(this);
        }
    }
}
