package dev.crosswalk.core.application;

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
import dev.crosswalk.core.port.out.host.CrmPortsProvider;
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
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Core's use cases, built once from the stores and connectors a host provides. The one way a host (the bundled
 * server, an application embedding Crosswalk) obtains them. Immutable and thread-safe once built; the builder is not.
 *
 * @since 0.1
 */
public final class CrosswalkCore {

    private final ReadUnifiedRecordsUseCase unifiedRecords;
    private final ReadProviderRecordsUseCase providerRecords;
    private final DescribeSchemaUseCase schema;
    private final ReadQuotaUseCase quota;
    private final ManageMappingOverridesUseCase mappings;
    private final AuthenticateApiKeyUseCase authentication;
    private final ProvisionTenantUseCase provisioning;
    private final ManageConnectionsUseCase connectionsUseCase;
    private final AuthorizeConnectionUseCase authorization;
    private final WebhookService webhooks;

    private CrosswalkCore(Builder builder) {
        ConnectionStore connections = Objects.requireNonNull(builder.connections, "connections");
        TenantStore tenants = Objects.requireNonNull(builder.tenants, "tenants");
        TokenStore tokens = Objects.requireNonNull(builder.tokens, "tokens");
        MappingOverrideStore overrides = Objects.requireNonNull(builder.overrides, "overrides");
        CrmPortsProvider connectors = Objects.requireNonNull(builder.connectors, "connectors");
        ConnectionEvents events = Objects.requireNonNull(builder.events, "events");
        CursorCodec cursors = new CursorCodec(Objects.requireNonNull(builder.cursorKey, "cursorKey"));
        Transactions transactions = Objects.requireNonNull(builder.transactions, "transactions");
        EventOutbox outbox = Objects.requireNonNull(builder.outbox, "outbox");
        ConnectionResolver resolver = new ConnectionResolver(connections, connectors, events, transactions, outbox,
                builder.clock, builder.quotaAlertThreshold);
        MappingRegistry registry = new MappingRegistry(overrides, builder.clock);
        this.unifiedRecords = new UnifiedRecordsService(resolver, cursors, registry, new ReadPlans());
        this.providerRecords = new ProviderRecordsService(resolver, cursors);
        this.schema = new SchemaService(resolver);
        this.quota = new QuotaService(resolver);
        this.mappings = new MappingOverridesService(resolver, connections, registry, overrides);
        this.authentication = new ApiKeyAuthenticationService(tenants);
        this.provisioning = new TenantProvisioningService(tenants, connections, tokens, transactions, outbox,
                builder.clock);
        ConnectionsService connectionsService = new ConnectionsService(connections, tokens,
                Objects.requireNonNull(builder.locks, "locks"), resolver, provisioning, transactions, outbox,
                builder.clock);
        this.webhooks = new WebhookService(Objects.requireNonNull(builder.webhooks, "webhooks"),
                Objects.requireNonNull(builder.webhookSender, "webhookSender"), builder.clock,
                builder.webhookFirstRetry);
        this.connectionsUseCase = connectionsService;
        this.authorization = new AuthorizationService(
                Objects.requireNonNull(builder.authorizations, "authorizations"), resolver, provisioning,
                connectionsService, builder.clock);
    }

    /** @return a builder; every store, the connectors, the events callback and the cursor key are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return unified contacts, accounts and opportunities */
    public ReadUnifiedRecordsUseCase unifiedRecords() {
        return unifiedRecords;
    }

    /** @return records of any provider object */
    public ReadProviderRecordsUseCase providerRecords() {
        return providerRecords;
    }

    /** @return objects and fields of a connection's CRM account */
    public DescribeSchemaUseCase schema() {
        return schema;
    }

    /** @return a connection's API usage */
    public ReadQuotaUseCase quota() {
        return quota;
    }

    /** @return tenants' mapping overrides */
    public ManageMappingOverridesUseCase mappings() {
        return mappings;
    }

    /** @return API key authentication */
    public AuthenticateApiKeyUseCase authentication() {
        return authentication;
    }

    /** @return tenants, API keys and connections */
    public ProvisionTenantUseCase provisioning() {
        return provisioning;
    }

    /** @return lists, shows and deletes a tenant's connections */
    public ManageConnectionsUseCase connections() {
        return connectionsUseCase;
    }

    /**
     * @return connects a tenant's CRM account by the customer's authorisation (Authorization Code with PKCE)
     * @since 0.1
     */
    public AuthorizeConnectionUseCase authorization() {
        return authorization;
    }

    /**
     * @return a tenant's webhook endpoints and their delivery log
     * @since 0.1
     */
    public ManageWebhooksUseCase webhooks() {
        return webhooks;
    }

    /**
     * @return sends the webhook deliveries that are due; the host runs it on a schedule
     * @since 0.1
     */
    public DeliverWebhooksUseCase webhookDelivery() {
        return webhooks;
    }

    /** Collects what core needs. Not thread-safe. */
    public static final class Builder {
        private ConnectionStore connections;
        private TenantStore tenants;
        private TokenStore tokens;
        private ConnectionLocks locks;
        private AuthorizationStore authorizations;
        private Transactions transactions;
        private EventOutbox outbox;
        private WebhookStore webhooks;
        private WebhookSender webhookSender;
        private Duration webhookFirstRetry = Duration.ofSeconds(10);
        private double quotaAlertThreshold = 0.8;
        private MappingOverrideStore overrides;
        private CrmPortsProvider connectors;
        private ConnectionEvents events;
        private Secret cursorKey;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @param store tenants' connections; required */
        public Builder connections(ConnectionStore store) {
            this.connections = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param store tenants and API key hashes; required */
        public Builder tenants(TenantStore store) {
            this.tenants = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param store connection tokens, encrypted at rest; required */
        public Builder tokens(TokenStore store) {
            this.tokens = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param connectionLocks per-connection locks, cross-node in a cluster (those tokens refresh under); required */
        public Builder locks(ConnectionLocks connectionLocks) {
            this.locks = Objects.requireNonNull(connectionLocks, "connectionLocks");
            return this;
        }

        /**
         * @param store authorisations in progress, shared by every node; required
         * @since 0.1
         */
        public Builder authorizations(AuthorizationStore store) {
            this.authorizations = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param transactionsOfTheStores runs store calls in one transaction; required
         * @since 0.1
         */
        public Builder transactions(Transactions transactionsOfTheStores) {
            this.transactions = Objects.requireNonNull(transactionsOfTheStores, "transactionsOfTheStores");
            return this;
        }

        /**
         * @param store where connection events are written with the change that caused them; required
         * @since 0.1
         */
        public Builder outbox(EventOutbox store) {
            this.outbox = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param store webhook endpoints and deliveries; required
         * @param sender sends webhook requests; required
         * @since 0.1
         */
        public Builder webhooks(WebhookStore store, WebhookSender sender) {
            this.webhooks = Objects.requireNonNull(store, "store");
            this.webhookSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /**
         * @param delay the wait before a failed webhook delivery is sent again, doubling with each failure up to an
         *     hour; default 10 seconds
         * @since 0.1
         */
        public Builder webhookFirstRetry(Duration delay) {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("the first webhook retry delay must be positive: " + delay);
            }
            this.webhookFirstRetry = delay;
            return this;
        }

        /**
         * @param fraction the share of the CRM's API allowance at which a connection's quota alert event is written,
         *     once per window; default 0.8
         * @since 0.1
         */
        public Builder quotaAlertThreshold(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("the quota alert threshold must be above 0 and at most 1: "
                        + fraction);
            }
            this.quotaAlertThreshold = fraction;
            return this;
        }

        /** @param store versioned mapping overrides; required */
        public Builder overrides(MappingOverrideStore store) {
            this.overrides = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param installed the connectors the host loaded, by kind; required */
        public Builder connectors(CrmPortsProvider installed) {
            this.connectors = Objects.requireNonNull(installed, "installed");
            return this;
        }

        /** @param callback told when a connection needs its customer (re-authorisation); required */
        public Builder events(ConnectionEvents callback) {
            this.events = Objects.requireNonNull(callback, "callback");
            return this;
        }

        /**
         * @param key signs the cursors handed to clients; every node of a cluster must use the same key, and a new key
         *     invalidates cursors already handed out; required
         */
        public Builder cursorKey(Secret key) {
            this.cursorKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /** @param time the host's clock; default the system UTC clock */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * @return core's use cases
         * @throws NullPointerException naming a required part that was not given
         */
        public CrosswalkCore build() {
            return new CrosswalkCore(this);
        }
    }
}
