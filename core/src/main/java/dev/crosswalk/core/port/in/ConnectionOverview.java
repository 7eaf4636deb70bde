package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.GrantIdentity;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.QuotaUsage;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a tenant may know about one of its connections: the connection, when its tokens were last issued and when the
 * access token expires, and the CRM's last reported API usage. Never a token, never a secret setting's value (only
 * its name). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConnectionOverview {

    private final Connection connection;
    private final Instant tokensIssuedAt;
    private final Instant accessTokenExpiresAt;
    private final boolean refreshable;
    private final boolean tokensReadable;
    private final QuotaUsage quota;
    private final GrantIdentity identity;
    private final List<String> scopes;
    private final Set<String> secretSettingNames;

    private ConnectionOverview(Connection connection, OAuthTokens tokens, boolean tokensReadable, QuotaUsage quota) {
        Objects.requireNonNull(connection, "connection");
        this.connection = connection.secretSettings().isEmpty() ? connection
                : connection.toBuilder().secretSettings(Map.of()).build();
        this.secretSettingNames = Collections.unmodifiableSet(new TreeSet<>(connection.secretSettings().keySet()));
        tokens = tokens == null || tokens.access().isEmpty() && tokens.refresh().isEmpty() ? null : tokens;
        this.tokensIssuedAt = tokens == null ? null : tokens.issuedAt();
        this.accessTokenExpiresAt = tokens == null ? null : tokens.expiresAt().orElse(null);
        this.refreshable = tokens != null && tokens.refresh().isPresent();
        this.tokensReadable = tokensReadable;
        this.quota = quota;
        this.identity = tokens == null ? null : tokens.identity().orElse(null);
        this.scopes = tokens == null ? List.of() : tokens.scopes();
    }

    /**
     * @return whose grant the connection holds (account and user), as the provider reported it
     * @since 0.1
     */
    public Optional<GrantIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /**
     * @return the scopes the grant holds; empty when unknown
     * @since 0.1
     */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * @param connection the connection; never {@code null}
     * @param tokens its stored tokens, or {@code null} when none are stored (only their times are kept); tokens with
     *     neither an access nor a refresh token (a connection by grant that has not called yet) count as none
     * @param quota the last reported API usage, or {@code null} when none is known
     * @return the overview
     */
    public static ConnectionOverview of(Connection connection, OAuthTokens tokens, QuotaUsage quota) {
        return new ConnectionOverview(connection, tokens, true, quota);
    }

    /**
     * @param connection the connection; never {@code null}
     * @param quota the last reported API usage, or {@code null} when none is known
     * @return the overview of a connection whose stored tokens cannot be read (another key, altered)
     */
    public static ConnectionOverview withUnreadableTokens(Connection connection, QuotaUsage quota) {
        return new ConnectionOverview(connection, null, false, quota);
    }

    /** @return false when tokens are stored but cannot be read with the store's key; the connection cannot be used */
    public boolean tokensReadable() {
        return tokensReadable;
    }

    /**
     * @return the names of the connection's secret settings (such as {@code client_secret} of the customer's own
     *     provider app), sorted; their values are never part of an overview; never {@code null}
     * @since 0.1
     */
    public Set<String> secretSettingNames() {
        return secretSettingNames;
    }

    /** @return the connection, without its secret settings' values (see {@link #secretSettingNames()}); never {@code null} */
    public Connection connection() {
        return connection;
    }

    /** @return when the stored tokens were issued (the last refresh), or empty when none are stored */
    public Optional<Instant> tokensIssuedAt() {
        return Optional.ofNullable(tokensIssuedAt);
    }

    /** @return when the access token expires, if the provider said or the connector knows */
    public Optional<Instant> accessTokenExpiresAt() {
        return Optional.ofNullable(accessTokenExpiresAt);
    }

    /** @return whether a refresh token is stored, so the connection renews its access on its own */
    public boolean refreshable() {
        return refreshable;
    }

    /** @return the CRM's last reported API usage, or empty before it reported any */
    public Optional<QuotaUsage> quota() {
        return Optional.ofNullable(quota);
    }

    @Override
    public String toString() {
        return "ConnectionOverview[" + connection.ref() + ", " + connection.status() + "]";
    }
}
