package dev.crosswalk.core.domain;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's link to one CRM account. Tokens live behind {@link dev.crosswalk.core.port.out.store.TokenStore}; the
 * only secrets a connection holds are its {@link #secretSettings()} (such as the client secret of the customer's own
 * provider app), as {@link Secret}s that stores keep encrypted and that {@link #toString()} never shows. Immutable and
 * thread-safe; build with {@link #builder(ConnectionRef, String, URI)}; the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class Connection {

    private final ConnectionRef ref;
    private final String connectorKind;
    private final URI instanceUrl;
    private final ConnectionStatus status;
    private final Map<String, String> settings;
    private final Map<String, Secret> secretSettings;

    private Connection(Builder builder) {
        this.ref = builder.ref;
        this.connectorKind = builder.connectorKind;
        this.instanceUrl = builder.instanceUrl;
        this.status = builder.status;
        this.settings = Map.copyOf(builder.settings);
        this.secretSettings = Map.copyOf(builder.secretSettings);
    }

    /**
     * @param ref the tenant and the connection id; never {@code null}
     * @param connectorKind which connector serves it, e.g. {@code salesforce}; never {@code null}
     * @param instanceUrl the provider base URL for API calls (Salesforce's {@code instance_url}); never {@code null}
     * @return a builder for an active connection with no settings
     */
    public static Builder builder(ConnectionRef ref, String connectorKind, URI instanceUrl) {
        return new Builder(ref, connectorKind, instanceUrl);
    }

    /** @return a builder holding this connection's values */
    public Builder toBuilder() {
        return new Builder(ref, connectorKind, instanceUrl).status(status).settings(settings)
                .secretSettings(secretSettings);
    }

    /** @return the connection id; never {@code null} */
    public ConnectionId id() {
        return ref.id();
    }

    /** @return the owning tenant; never {@code null} */
    public TenantId tenant() {
        return ref.tenant();
    }

    /** @return the tenant-scoped key of this connection; never {@code null} */
    public ConnectionRef ref() {
        return ref;
    }

    /** @return which connector serves it; never {@code null} */
    public String connectorKind() {
        return connectorKind;
    }

    /** @return the provider base URL for API calls; never {@code null} */
    public URI instanceUrl() {
        return instanceUrl;
    }

    /** @return whether it can be used; never {@code null} */
    public ConnectionStatus status() {
        return status;
    }

    /** @return per-connection connector settings (non-secret); never {@code null} */
    public Map<String, String> settings() {
        return settings;
    }

    /**
     * Secret per-connection settings, such as the client secret of the customer's own provider app. Stores keep them
     * encrypted at rest like tokens; never log, print or return them (their names may be shown).
     *
     * @return the secret settings by name; empty for most connections; never {@code null}
     * @since 0.1
     */
    public Map<String, Secret> secretSettings() {
        return secretSettings;
    }

    /** @return this connection with another status */
    public Connection withStatus(ConnectionStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /** @return this connection with another instance URL (providers may move an org) */
    public Connection withInstanceUrl(URI newInstanceUrl) {
        return new Builder(ref, connectorKind, newInstanceUrl).status(status).settings(settings)
                .secretSettings(secretSettings).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Connection that && that.ref.equals(ref) && that.connectorKind.equals(connectorKind)
                && that.instanceUrl.equals(instanceUrl) && that.status == status && that.settings.equals(settings)
                && that.secretSettings.equals(secretSettings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, connectorKind, instanceUrl, status, settings, secretSettings.keySet());
    }

    @Override
    public String toString() {
        return "Connection[" + ref + " " + connectorKind + " " + status + "]";
    }

    /** Builds a {@link Connection}. Not thread-safe. */
    public static final class Builder {
        private final ConnectionRef ref;
        private final String connectorKind;
        private final URI instanceUrl;
        private ConnectionStatus status = ConnectionStatus.ACTIVE;
        private Map<String, String> settings = Map.of();
        private Map<String, Secret> secretSettings = Map.of();

        private Builder(ConnectionRef ref, String connectorKind, URI instanceUrl) {
            this.ref = Objects.requireNonNull(ref, "ref");
            this.connectorKind = Objects.requireNonNull(connectorKind, "connectorKind");
            this.instanceUrl = Objects.requireNonNull(instanceUrl, "instanceUrl");
        }

        /** @param value whether it can be used; never {@code null} */
        public Builder status(ConnectionStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** @param values per-connection connector settings (non-secret), replacing any set before; never {@code null} */
        public Builder settings(Map<String, String> values) {
            this.settings = Map.copyOf(values);
            return this;
        }

        /**
         * @param values secret per-connection settings (see {@link Connection#secretSettings()}), replacing any set
         *     before; never {@code null}
         * @since 0.1
         */
        public Builder secretSettings(Map<String, Secret> values) {
            this.secretSettings = Map.copyOf(values);
            return this;
        }

        /** @return the immutable connection */
        public Connection build() {
            return new Connection(this);
        }
    }
}
