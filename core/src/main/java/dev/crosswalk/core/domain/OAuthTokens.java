package dev.crosswalk.core.domain;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens held for one connection. Immutable and thread-safe; build with {@link #builder(Instant)}; the builder
 * is not thread-safe. {@link #toString()} never shows a token.
 *
 * @since 0.1
 */
public final class OAuthTokens {

    private final Secret accessToken;
    private final Secret refreshToken;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final URI instanceUrl;
    private final GrantIdentity identity;
    private final List<String> scopes;

    private OAuthTokens(Builder builder) {
        this.accessToken = builder.accessToken;
        this.refreshToken = builder.refreshToken;
        this.issuedAt = builder.issuedAt;
        this.expiresAt = builder.expiresAt;
        this.instanceUrl = builder.instanceUrl;
        this.identity = builder.identity;
        this.scopes = builder.scopes;
    }

    /**
     * @param issuedAt when the access token was issued (or, before the first one, when the grant was); never
     *     {@code null}
     * @return a builder with no tokens, no expiry and no instance URL
     */
    public static Builder builder(Instant issuedAt) {
        return new Builder(issuedAt);
    }

    /** @return a builder holding these tokens */
    public Builder toBuilder() {
        return new Builder(issuedAt).accessToken(accessToken).refreshToken(refreshToken).expiresAt(expiresAt)
                .instanceUrl(instanceUrl).identity(identity).scopes(scopes);
    }

    /** @return the access token, if one has been issued */
    public Optional<Secret> access() {
        return Optional.ofNullable(accessToken);
    }

    /** @return the refresh token, if the flow issued one (JWT bearer and client credentials issue none) */
    public Optional<Secret> refresh() {
        return Optional.ofNullable(refreshToken);
    }

    /** @return when the access token was issued; never {@code null} */
    public Instant issuedAt() {
        return issuedAt;
    }

    /**
     * @return when the access token stops working, if known (Salesforce sends no {@code expires_in}; connectors
     *     estimate it from the org's session timeout)
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * @return the API base URL the provider issued with these tokens (Salesforce's {@code instance_url}), if it sent
     *     one; it supersedes the connection's when present
     */
    public Optional<URI> instanceUrl() {
        return Optional.ofNullable(instanceUrl);
    }

    /**
     * @return whose grant these tokens are (account and user), if the provider said
     * @since 0.1
     */
    public Optional<GrantIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /**
     * @return the scopes the grant holds, as the provider reported them; empty when it did not say
     * @since 0.1
     */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * @param now the current time
     * @param buffer how long before expiry a token already counts as expired
     * @return whether a call made now should refresh first: no access token, or expiry within {@code buffer}
     */
    public boolean needsRefreshAt(Instant now, Duration buffer) {
        return accessToken == null || (expiresAt != null && !now.plus(buffer).isBefore(expiresAt));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OAuthTokens that && Objects.equals(that.accessToken, accessToken)
                && Objects.equals(that.refreshToken, refreshToken) && that.issuedAt.equals(issuedAt)
                && Objects.equals(that.expiresAt, expiresAt) && Objects.equals(that.instanceUrl, instanceUrl)
                && Objects.equals(that.identity, identity) && that.scopes.equals(scopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, issuedAt, expiresAt, instanceUrl, identity, scopes);
    }

    @Override
    public String toString() {
        return "OAuthTokens[issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }

    /** Builds {@link OAuthTokens}. Not thread-safe. */
    public static final class Builder {
        private final Instant issuedAt;
        private Secret accessToken;
        private Secret refreshToken;
        private Instant expiresAt;
        private URI instanceUrl;
        private GrantIdentity identity;
        private List<String> scopes = List.of();

        private Builder(Instant issuedAt) {
            this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        }

        /** @param token the bearer token, or {@code null} before the first refresh */
        public Builder accessToken(Secret token) {
            this.accessToken = token;
            return this;
        }

        /** @param token the long-lived token, or {@code null} for flows that issue none */
        public Builder refreshToken(Secret token) {
            this.refreshToken = token;
            return this;
        }

        /** @param expiry when the access token stops working, or {@code null} when unknown */
        public Builder expiresAt(Instant expiry) {
            this.expiresAt = expiry;
            return this;
        }

        /** @param url the API base URL issued with the tokens, or {@code null} */
        public Builder instanceUrl(URI url) {
            this.instanceUrl = url;
            return this;
        }

        /**
         * @param whose the account and user the grant belongs to, or {@code null} when unknown
         * @since 0.1
         */
        public Builder identity(GrantIdentity whose) {
            this.identity = whose;
            return this;
        }

        /**
         * @param granted the scopes the grant holds; never {@code null}
         * @since 0.1
         */
        public Builder scopes(List<String> granted) {
            this.scopes = List.copyOf(granted);
            return this;
        }

        /** @return the immutable tokens */
        public OAuthTokens build() {
            return new OAuthTokens(this);
        }
    }
}
