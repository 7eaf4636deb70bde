package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.store.TokenStore;
import dev.crosswalk.core.port.out.store.UnreadableTokensException;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

abstract class TokenStoreContract extends DatabaseContract {

    private static final Instant ISSUED = Instant.parse("2026-11-28T12:00:00.123456Z");
    private static final Instant EXPIRES = Instant.parse("2026-11-28T14:00:00Z");

    private TokenStore store() {
        return database.tokens();
    }

    private ConnectionRef newConnection() {
        Connection connection = salesforceConnection(newTenant(), "acme-prod");
        database.connections().save(connection);
        return connection.ref();
    }

    private static OAuthTokens tokens(String access, String refresh) {
        return OAuthTokens.builder(ISSUED)
                .accessToken(Secret.of(access))
                .refreshToken(refresh == null ? null : Secret.of(refresh))
                .expiresAt(EXPIRES)
                .build();
    }

    @Test
    void loadsSavedAccessAndRefreshTokens() {
        ConnectionRef ref = newConnection();
        OAuthTokens tokens = tokens("00Dxx!access-token", "5Aep-refresh-token");

        store().save(ref, tokens);

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded).isEqualTo(tokens);
        assertThat(loaded.access()).contains(Secret.of("00Dxx!access-token"));
        assertThat(loaded.refresh()).contains(Secret.of("5Aep-refresh-token"));
        assertThat(loaded.issuedAt()).isEqualTo(ISSUED);
        assertThat(loaded.expiresAt()).contains(EXPIRES);
        assertThat(loaded.instanceUrl()).isEmpty();
    }

    @Test
    void keepsWhoseGrantTheTokensAreAndTheirScopes() {
        ConnectionRef ref = newConnection();
        OAuthTokens granted = tokens("access-1", "refresh-1").toBuilder()
                .identity(new dev.crosswalk.core.domain.GrantIdentity("00D5e000000AbCdEAF", "0055e000001XyZzAAK"))
                .scopes(java.util.List.of("api", "refresh_token")).build();

        store().save(ref, granted);

        assertThat(store().load(ref)).contains(granted);
        assertThat(store().replace(ref, store().loadVersioned(ref).orElseThrow().version(),
                granted.toBuilder().scopes(java.util.List.of("api")).build())).isTrue();
        assertThat(store().load(ref).orElseThrow().scopes()).containsExactly("api");
    }

    @Test
    void replacesTokensOnlyOverTheVersionThatWasRead() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("access-1", "refresh-1"));
        long read = store().loadVersioned(ref).orElseThrow().version();
        store().save(ref, tokens("access-reconnected", "refresh-reconnected"));

        assertThat(store().replace(ref, read, tokens("access-stale", "refresh-stale"))).isFalse();
        assertThat(store().load(ref).orElseThrow().access()).contains(Secret.of("access-reconnected"));

        long current = store().loadVersioned(ref).orElseThrow().version();
        assertThat(current).isGreaterThan(read);
        assertThat(store().replace(ref, current, tokens("access-2", "refresh-2"))).isTrue();
        assertThat(store().replace(ref, current, tokens("access-3", "refresh-3"))).isFalse();
        assertThat(store().loadVersioned(ref).orElseThrow().version()).isGreaterThan(current);
        assertThat(store().load(ref).orElseThrow().access()).contains(Secret.of("access-2"));
    }

    @Test
    void replacesNothingForAConnectionWithoutTokens() {
        ConnectionRef ref = newConnection();

        assertThat(store().replace(ref, 1, tokens("access-1", "refresh-1"))).isFalse();
        assertThat(store().load(ref)).isEmpty();
    }

    @Test
    void loadsTokensWithoutRefreshTokenOrExpiry() {
        ConnectionRef ref = newConnection();

        store().save(ref, OAuthTokens.builder(ISSUED).accessToken(Secret.of("jwt-bearer-access")).build());

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.access()).contains(Secret.of("jwt-bearer-access"));
        assertThat(loaded.refresh()).isEmpty();
        assertThat(loaded.expiresAt()).isEmpty();
    }

    @Test
    void loadsTokensWithoutAnAccessTokenYet() {
        ConnectionRef ref = newConnection();

        store().save(ref, OAuthTokens.builder(ISSUED).refreshToken(Secret.of("refresh-only")).build());

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.access()).isEmpty();
        assertThat(loaded.refresh()).contains(Secret.of("refresh-only"));
    }

    @Test
    void loadsNothingForAConnectionWithoutTokens() {
        assertThat(store().load(newConnection())).isEmpty();
    }

    @Test
    void replacesTheSavedTokens() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("old-access", "old-refresh"));
        OAuthTokens refreshed = OAuthTokens.builder(EXPIRES)
                .accessToken(Secret.of("new-access"))
                .expiresAt(EXPIRES.plusSeconds(7200))
                .build();

        store().save(ref, refreshed);

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.access()).contains(Secret.of("new-access"));
        assertThat(loaded.refresh()).isEmpty();
        assertThat(loaded.issuedAt()).isEqualTo(EXPIRES);
        assertThat(loaded.expiresAt()).contains(EXPIRES.plusSeconds(7200));
    }

    @Test
    void loadsNoTokensOfAnotherTenant() {
        ConnectionRef owned = newConnection();
        store().save(owned, tokens("owner-access", "owner-refresh"));
        ConnectionRef sameIdElsewhere = newConnection();

        assertThat(store().load(sameIdElsewhere)).isEmpty();
        assertThat(store().load(new ConnectionRef(newTenant(), owned.id()))).isEmpty();
    }

    @Test
    void rejectsTokensForAnUnknownConnection() {
        ConnectionRef unknown = new ConnectionRef(newTenant(), new ConnectionId("missing"));

        assertThatThrownBy(() -> store().save(unknown, tokens("secret-access", "secret-refresh")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown.toString())
                .hasMessageNotContaining("secret-access");
    }

    @Test
    void storesNoTokenTextInTheDatabase() {
        ConnectionRef ref = newConnection();

        store().save(ref, tokens("plain-access-token-text", "plain-refresh-token-text"));

        String where = " from connection_tokens where tenant_id = ? and connection_id = ?";
        String access = rawValue("select access_token_ciphertext" + where, ref.tenant().value(), ref.id().value());
        String refresh = rawValue("select refresh_token_ciphertext" + where, ref.tenant().value(), ref.id().value());
        assertThat(access).startsWith("v2:").doesNotContain("plain-access-token-text");
        assertThat(refresh).startsWith("v2:").doesNotContain("plain-refresh-token-text");
    }

    @Test
    void refusesToOpenWithAnotherKeyThanTheStoredTokensWereEncryptedWith() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("access-under-the-first-key", "refresh-under-the-first-key"));

        assertThatThrownBy(() -> openAnother(TokenEncryptionKey.generate()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the token encryption key does not decrypt the tokens stored in this database")
                .hasMessageNotContaining("under-the-first-key");
        assertThat(openAnother(key).tokens().load(ref)).isPresent();
    }

    @Test
    void deletesOnlyTheConnectionsTokens() {
        ConnectionRef leaving = newConnection();
        ConnectionRef staying = newConnection();
        store().save(leaving, tokens("access-1", "refresh-1"));
        store().save(staying, tokens("access-2", "refresh-2"));

        assertThat(store().delete(leaving)).isTrue();

        assertThat(store().load(leaving)).isEmpty();
        assertThat(store().load(staying)).isPresent();
        assertThat(store().delete(leaving)).isFalse();
    }

    @Test
    void saysWhichConnectionsTokensAnAlteredValueMakesUnreadableWithoutTokenText() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("access-text", "refresh-text"));
        String stored = rawValue("SELECT refresh_token_ciphertext FROM connection_tokens WHERE connection_id = ?",
                ref.id().value());
        rawUpdate("UPDATE connection_tokens SET refresh_token_ciphertext = ? WHERE connection_id = ?",
                stored.substring(0, stored.length() - 4) + "AAAA", ref.id().value());

        try {
            assertThatThrownBy(() -> store().load(ref))
                    .isInstanceOfSatisfying(UnreadableTokensException.class,
                            unreadable -> assertThat(unreadable.connection()).isEqualTo(ref))
                    .hasMessageNotContaining("refresh-text");
            ConnectionRef good = newConnection();
            store().save(good, tokens("access-good", "refresh-good"));
            assertThat(openAnother(key).tokens().load(good)).as("one altered row does not stop a start").isPresent();
        } finally {
            store().delete(ref);
        }
    }

    @Test
    void loadsTheInstanceUrlIssuedWithTheTokens() {
        ConnectionRef ref = newConnection();
        OAuthTokens tokens = tokens("access", "refresh").toBuilder()
                .instanceUrl(URI.create("https://acme--eu12.my.salesforce.com"))
                .build();

        store().save(ref, tokens);

        assertThat(store().load(ref)).contains(tokens);
    }

    @Test
    void dropsTheInstanceUrlWhenNewTokensComeWithoutOne() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("old-access", "refresh").toBuilder()
                .instanceUrl(URI.create("https://acme--eu12.my.salesforce.com"))
                .build());

        store().save(ref, tokens("new-access", "refresh"));

        assertThat(store().load(ref).orElseThrow().instanceUrl()).isEmpty();
    }

    @Test
    void keepsTheInstanceUrlInPlainTextAndTheTokensEncrypted() {
        ConnectionRef ref = newConnection();

        store().save(ref, tokens("plain-access-token-text", "plain-refresh-token-text").toBuilder()
                .instanceUrl(URI.create("https://acme--eu12.my.salesforce.com"))
                .build());

        String where = " from connection_tokens where tenant_id = ? and connection_id = ?";
        assertThat(rawValue("select instance_url" + where, ref.tenant().value(), ref.id().value()))
                .isEqualTo("https://acme--eu12.my.salesforce.com");
        assertThat(rawValue("select access_token_ciphertext" + where, ref.tenant().value(), ref.id().value()))
                .startsWith("v2:")
                .doesNotContain("plain-access-token-text");
        assertThat(rawValue("select refresh_token_ciphertext" + where, ref.tenant().value(), ref.id().value()))
                .startsWith("v2:")
                .doesNotContain("plain-refresh-token-text");
    }
}
