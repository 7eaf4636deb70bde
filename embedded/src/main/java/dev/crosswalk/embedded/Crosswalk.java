package dev.crosswalk.embedded;

import dev.crosswalk.adapters.persistence.CrosswalkDatabase;
import dev.crosswalk.adapters.persistence.DatabaseSettings;
import dev.crosswalk.adapters.persistence.JobScheduler;
import dev.crosswalk.adapters.persistence.TokenEncryptionKey;
import dev.crosswalk.core.application.CrosswalkCore;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.in.AuthenticateApiKeyUseCase;
import dev.crosswalk.core.port.in.AuthorizeConnectionUseCase;
import dev.crosswalk.core.port.in.DeliverWebhooksUseCase;
import dev.crosswalk.core.port.in.DescribeSchemaUseCase;
import dev.crosswalk.core.port.in.ManageConnectionsUseCase;
import dev.crosswalk.core.port.in.ManageMappingOverridesUseCase;
import dev.crosswalk.core.port.in.ManageWebhooksUseCase;
import dev.crosswalk.core.port.in.ProvisionTenantUseCase;
import dev.crosswalk.core.port.in.ReadProviderRecordsUseCase;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import dev.crosswalk.core.port.in.ReadUnifiedRecordsUseCase;
import dev.crosswalk.core.port.out.host.ConnectionEvents;
import dev.crosswalk.core.port.out.host.WebhookSender;
import dev.crosswalk.core.port.out.store.AuthorizationStore;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.MappingOverrideStore;
import dev.crosswalk.core.port.out.store.TenantStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.port.out.store.Transactions;
import dev.crosswalk.core.port.out.store.WebhookStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.spi.ConnectorContext;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Crosswalk embedded in a host application, without the bundled server: the stores (on the host's
 * {@link DataSource}, on a database Crosswalk opens, or the host's own implementations), the connectors found on the
 * class path with {@link java.util.ServiceLoader} and configured by the host, and core's use cases on top.
 *
 * <pre>{@code
 * try (Crosswalk crosswalk = Crosswalk.builder()
 *         .database(dataSource, TokenEncryptionKey.fromBase64(System.getenv("CROSSWALK_TOKEN_KEY")))
 *         .connector("salesforce", Map.of("client_id", "...", "client_secret", "..."))
 *         .build()) {
 *     CursorPage<Contact> contacts = crosswalk.unifiedRecords().listContacts(ListRequest.builder(connection).build());
 * }
 * }</pre>
 *
 * Thread-safe once built; close it when the host stops. The builder is not thread-safe.
 *
 * @since 0.1
 */
public final class Crosswalk implements AutoCloseable {

    /** The recurring job that sends due webhook deliveries, on one node of the cluster at a time. */
    static final String WEBHOOK_JOB = "crosswalk-webhook-delivery";
    private static final Duration WEBHOOK_POLL = Duration.ofSeconds(1);

    private final CrosswalkCore core;
    private final ConnectorRegistry connectors;
    private final AutoCloseable ownedDatabase;
    private final JobScheduler jobs;

    private Crosswalk(CrosswalkCore core, ConnectorRegistry connectors, AutoCloseable ownedDatabase,
            JobScheduler jobs) {
        this.core = core;
        this.connectors = connectors;
        this.ownedDatabase = ownedDatabase;
        this.jobs = jobs;
    }

    /** @return a builder; a database (or stores) is required, connectors are optional */
    public static Builder builder() {
        return new Builder();
    }

    /** @return unified contacts, accounts and opportunities */
    public ReadUnifiedRecordsUseCase unifiedRecords() {
        return core.unifiedRecords();
    }

    /** @return records of any provider object */
    public ReadProviderRecordsUseCase providerRecords() {
        return core.providerRecords();
    }

    /** @return objects and fields of a connection's CRM account */
    public DescribeSchemaUseCase schema() {
        return core.schema();
    }

    /** @return a connection's API usage */
    public ReadQuotaUseCase quota() {
        return core.quota();
    }

    /** @return tenants' mapping overrides */
    public ManageMappingOverridesUseCase mappings() {
        return core.mappings();
    }

    /** @return API key authentication */
    public AuthenticateApiKeyUseCase authentication() {
        return core.authentication();
    }

    /** @return tenants, API keys and connections */
    public ProvisionTenantUseCase provisioning() {
        return core.provisioning();
    }

    /** @return a tenant's connections: list, show, delete (revoking the grant) */
    public ManageConnectionsUseCase connections() {
        return core.connections();
    }

    /**
     * @return a tenant's webhook endpoints and their delivery log
     * @since 0.1
     */
    public ManageWebhooksUseCase webhooks() {
        return core.webhooks();
    }

    /**
     * @return sends the webhook deliveries that are due (a database-backed Crosswalk runs it every second itself)
     * @since 0.1
     */
    public DeliverWebhooksUseCase webhookDelivery() {
        return core.webhookDelivery();
    }

    /**
     * @return connects a tenant's CRM account by the customer's authorisation (Authorization Code with PKCE)
     * @since 0.1
     */
    public AuthorizeConnectionUseCase authorization() {
        return core.authorization();
    }

    /** @return the kinds of the connectors that were configured and started */
    public Set<String> connectorKinds() {
        return connectors.kinds();
    }

    /**
     * Stops this node's jobs (webhook delivery goes on on other nodes), closes the connectors, then the database if
     * Crosswalk opened it. Closing twice is harmless.
     */
    @Override
    public void close() {
        try {
            if (jobs != null) {
                jobs.close();
            }
            connectors.close();
        } finally {
            if (ownedDatabase != null) {
                try {
                    ownedDatabase.close();
                } catch (Exception failed) {
                    throw new IllegalStateException("closing the Crosswalk database failed", failed);
                }
            }
        }
    }

    /** Collects what Crosswalk needs. Not thread-safe. */
    public static final class Builder {
        private DataSource dataSource;
        private DatabaseSettings databaseSettings;
        private TokenEncryptionKey tokenKey;
        private Stores stores;
        private final Map<String, Map<String, String>> connectorConfig = new LinkedHashMap<>();
        private ConnectionEvents events = new LoggedConnectionEvents();
        private Secret cursorKey;
        private Clock clock = Clock.systemUTC();
        private CrmRetry retry = CrmRetry.builder().build();
        private ClassLoader plugins = Crosswalk.class.getClassLoader();
        private WebhookSender webhookSender;
        private boolean webhooksToPrivateAddresses;
        private Duration webhookFirstRetry = Duration.ofSeconds(10);
        private boolean deliverWebhooks = true;
        private double quotaAlertThreshold = 0.8;

        private Builder() {
        }

        /**
         * Stores Crosswalk's data in the host's database (H2 or PostgreSQL), migrating its tables on build. The host
         * keeps owning the pool: Crosswalk never closes it.
         *
         * @param pool the host's data source; never {@code null}
         * @param key encrypts OAuth tokens at rest; never {@code null}
         */
        public Builder database(DataSource pool, TokenEncryptionKey key) {
            this.dataSource = Objects.requireNonNull(pool, "pool");
            this.tokenKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Opens (and on {@link Crosswalk#close()} closes) a database of Crosswalk's own.
         *
         * @param settings where it is and the token key; never {@code null}
         */
        public Builder database(DatabaseSettings settings) {
            this.databaseSettings = Objects.requireNonNull(settings, "settings");
            this.tokenKey = settings.tokenKey();
            return this;
        }

        /**
         * Uses the host's own store implementations instead of a database; {@link #cursorKey} is then required.
         *
         * @param own the host's stores; never {@code null}
         */
        public Builder stores(Stores own) {
            this.stores = Objects.requireNonNull(own, "own");
            return this;
        }

        /**
         * Configures and starts the connector of that kind (it must be on the class path).
         *
         * @param kind e.g. {@code salesforce}
         * @param config its configuration keys and values, validated against its spec on build
         */
        public Builder connector(String kind, Map<String, String> config) {
            connectorConfig.put(Objects.requireNonNull(kind, "kind"), Map.copyOf(config));
            return this;
        }

        /** @param callback told when a connection needs its customer; default: a WARN log line */
        public Builder events(ConnectionEvents callback) {
            this.events = Objects.requireNonNull(callback, "callback");
            return this;
        }

        /**
         * @param key signs cursors; the same on every node. Default with a database: derived from the token key
         */
        public Builder cursorKey(Secret key) {
            this.cursorKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * @param time the clock core and the connectors tell time by (token expiry, caches); default the system UTC
         *     clock. The database stamps its own rows with the system clock
         */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "time");
            return this;
        }

        /** @param policy how CRM calls are retried; default {@code CrmRetry.builder().build()} */
        public Builder retry(CrmRetry policy) {
            this.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param allowed whether the default webhook sender may call endpoints on loopback and private networks;
         *     default {@code false}, so a tenant cannot make the server call into its own network
         * @since 0.1
         */
        public Builder webhooksToPrivateAddresses(boolean allowed) {
            this.webhooksToPrivateAddresses = allowed;
            return this;
        }

        /**
         * @param sender sends webhook requests; default the JDK's HTTP client (no redirects, 10 s timeout, no
         *     private addresses unless {@link #webhooksToPrivateAddresses})
         * @since 0.1
         */
        public Builder webhookSender(WebhookSender sender) {
            this.webhookSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /**
         * @param delay the wait before a failed webhook delivery is sent again, doubling up to an hour; default 10 s
         * @since 0.1
         */
        public Builder webhookFirstRetry(Duration delay) {
            this.webhookFirstRetry = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /**
         * @param run whether this node delivers webhooks: with a database, a job polls for due deliveries every second
         *     on one node of the cluster at a time (default {@code true}). With the host's own {@link #stores}, the
         *     host runs {@link Crosswalk#webhookDelivery()} itself
         * @since 0.1
         */
        public Builder deliverWebhooks(boolean run) {
            this.deliverWebhooks = run;
            return this;
        }

        /**
         * @param fraction the share of a CRM's API allowance at which a quota alert event is written, once per
         *     connection and window; default 0.8
         * @since 0.1
         */
        public Builder quotaAlertThreshold(double fraction) {
            this.quotaAlertThreshold = fraction;
            return this;
        }

        /** @param loader where connector plugins are looked for; default the loader of this class */
        public Builder plugins(ClassLoader loader) {
            this.plugins = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Opens or migrates the database, validates every connector's configuration, starts the connectors and builds
         * the use cases; on failure, closes what it started.
         *
         * @return the running Crosswalk
         * @throws IllegalStateException when no database or stores were given, configuration names a connector no
         *     plugin provides, a connector's configuration is invalid (every problem listed), or a connector ships a
         *     broken mapping file (its name, line and column)
         */
        public Crosswalk build() {
            int storeSources = (dataSource == null ? 0 : 1) + (databaseSettings == null ? 0 : 1) + (stores == null ? 0 : 1);
            if (storeSources != 1) {
                throw new IllegalStateException("give Crosswalk exactly one of database(DataSource, key),"
                        + " database(DatabaseSettings) or stores(Stores)");
            }
            CrosswalkDatabase opened = null;
            Stores used = stores;
            if (used == null) {
                opened = dataSource != null
                        ? CrosswalkDatabase.open(dataSource, tokenKey)
                        : CrosswalkDatabase.open(databaseSettings);
                used = Stores.of(opened);
            }
            Secret signingKey = cursorKey != null ? cursorKey
                    : tokenKey != null ? CursorKeys.derivedFrom(tokenKey)
                    : null;
            try {
                if (signingKey == null) {
                    throw new IllegalStateException("with the host's own stores, give a cursorKey(Secret) shared by every"
                            + " node");
                }
                ConnectorContext context = ConnectorContext.builder().tokens(used.tokens())
                        .connections(used.connections()).locks(used.locks()).retry(retry).clock(clock)
                        .events(used.outbox()).build();
                ConnectorRegistry registry = ConnectorRegistry.load(connectorConfig, context, plugins);
                try {
                    CrosswalkCore core = CrosswalkCore.builder().connections(used.connections())
                            .tenants(used.tenants()).tokens(used.tokens()).locks(used.locks())
                            .overrides(used.overrides()).authorizations(used.authorizations())
                            .transactions(used.transactions()).outbox(used.outbox())
                            .webhooks(used.webhooks(), webhookSender != null ? webhookSender
                                    : new JdkWebhookSender(webhooksToPrivateAddresses)).webhookFirstRetry(webhookFirstRetry)
                            .quotaAlertThreshold(quotaAlertThreshold)
                            .connectors(registry).events(events).cursorKey(signingKey).clock(clock).build();
                    JobScheduler jobs = opened != null && deliverWebhooks
                            ? JobScheduler.start(opened, List.of(new JobScheduler.RecurringJob(WEBHOOK_JOB,
                                    WEBHOOK_POLL, () -> core.webhookDelivery().deliverDue())))
                            : null;
                    return new Crosswalk(core, registry, dataSource == null ? opened : null, jobs);
                } catch (RuntimeException failed) {
                    registry.close();
                    throw failed;
                }
            } catch (RuntimeException failed) {
                if (opened != null && dataSource == null) {
                    opened.close();
                }
                throw failed;
            }
        }
    }

    /**
     * The stores a host provides itself. Immutable and thread-safe when its stores are.
     *
     * @param connections tenants' connections
     * @param tokens connection tokens, encrypted at rest
     * @param tenants tenants and API key hashes
     * @param locks per-connection locks for token refreshes (cross-node in a cluster)
     * @param overrides versioned mapping overrides
     * @param authorizations customers' authorisations in progress, shared by every node
     * @param transactions runs calls to these stores in one transaction
     * @param outbox where connection events are written with their change
     * @param webhooks tenants' webhook endpoints and deliveries
     */
    public record Stores(ConnectionStore connections, TokenStore tokens, TenantStore tenants, ConnectionLocks locks,
            MappingOverrideStore overrides, AuthorizationStore authorizations, Transactions transactions,
            EventOutbox outbox, WebhookStore webhooks) {

        /** Every store is required. */
        public Stores {
            Objects.requireNonNull(connections, "connections");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(tenants, "tenants");
            Objects.requireNonNull(locks, "locks");
            Objects.requireNonNull(overrides, "overrides");
            Objects.requireNonNull(authorizations, "authorizations");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(webhooks, "webhooks");
        }

        /** @return the stores of an open Crosswalk database */
        public static Stores of(CrosswalkDatabase database) {
            return new Stores(database.connections(), database.tokens(), database.tenants(), database.locks(),
                    database.mappingOverrides(), database.authorizations(), database.transactions(), database.outbox(),
                    database.webhooks());
        }
    }
}
