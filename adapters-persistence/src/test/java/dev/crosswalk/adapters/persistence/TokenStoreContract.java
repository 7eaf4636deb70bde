package dev.crosswalk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.TokenStore;
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
        return new OAuthTokens(Secret.of(access), refresh == null ? null : Secret.of(refresh), ISSUED, EXPIRES);
    }

    @Test
    void loadsSavedAccessAndRefreshTokens() {
        ConnectionRef ref = newConnection();
        OAuthTokens tokens = tokens("00Dxx!access-token", "5Aep-refresh-token");

        store().save(ref, tokens);

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.accessToken()).isEqualTo(tokens.accessToken());
        assertThat(loaded.refreshToken()).isEqualTo(tokens.refreshToken());
        assertThat(loaded.issuedAt()).isEqualTo(ISSUED);
        assertThat(loaded.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void loadsTokensWithoutRefreshTokenOrExpiry() {
        ConnectionRef ref = newConnection();

        store().save(ref, new OAuthTokens(Secret.of("jwt-bearer-access"), null, ISSUED, null));

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.accessToken()).isEqualTo(Secret.of("jwt-bearer-access"));
        assertThat(loaded.refresh()).isEmpty();
        assertThat(loaded.expiresAt()).isNull();
    }

    @Test
    void loadsTokensWithoutAnAccessTokenYet() {
        ConnectionRef ref = newConnection();

        store().save(ref, new OAuthTokens(null, Secret.of("refresh-only"), ISSUED, null));

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.access()).isEmpty();
        assertThat(loaded.refreshToken()).isEqualTo(Secret.of("refresh-only"));
    }

    @Test
    void loadsNothingForAConnectionWithoutTokens() {
        assertThat(store().load(newConnection())).isEmpty();
    }

    @Test
    void replacesTheSavedTokens() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("old-access", "old-refresh"));
        OAuthTokens refreshed = new OAuthTokens(Secret.of("new-access"), null, EXPIRES, EXPIRES.plusSeconds(7200));

        store().save(ref, refreshed);

        OAuthTokens loaded = store().load(ref).orElseThrow();
        assertThat(loaded.accessToken()).isEqualTo(Secret.of("new-access"));
        assertThat(loaded.refresh()).isEmpty();
        assertThat(loaded.issuedAt()).isEqualTo(EXPIRES);
        assertThat(loaded.expiresAt()).isEqualTo(EXPIRES.plusSeconds(7200));
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
        assertThat(access).startsWith("v1:").doesNotContain("plain-access-token-text");
        assertThat(refresh).startsWith("v1:").doesNotContain("plain-refresh-token-text");
    }

    @Test
    void failsClearlyWhenOpenedWithAnotherKey() {
        ConnectionRef ref = newConnection();
        store().save(ref, tokens("access-under-the-first-key", null));
        TokenStore wrongKey = openAnother(TokenEncryptionKey.generate()).tokens();

        assertThatThrownBy(() -> wrongKey.load(ref))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("token encryption key differs")
                .hasMessageContaining(ref.toString())
                .hasMessageNotContaining("access-under-the-first-key");
    }
}
