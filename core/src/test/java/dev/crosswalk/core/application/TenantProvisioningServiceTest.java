package dev.crosswalk.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.spy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryTenantStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.fakes.TestConnections;
import java.time.Instant;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.TokenStore;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class TenantProvisioningServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final TenantProvisioningService provisioning = new TenantProvisioningService(tenants, connections, tokens,
            new dev.crosswalk.core.fakes.InMemoryTransactions(), new dev.crosswalk.core.fakes.InMemoryWebhooks(),
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));

    private final Connection connection = TestConnections.active("acme", "sf-main");

    @Test
    void issuingAKeyCreatesTheTenant() {
        provisioning.issueApiKey(new TenantId("acme"), "Acme Corp");

        assertThat(tenants.everythingReceived()).startsWith("acme", "Acme Corp");
    }

    @Test
    void replacingKeysLeavesOnlyTheNewOneValidAndOtherTenantsKeysAlone() {
        TenantId acme = new TenantId("acme");
        Secret first = provisioning.issueApiKey(acme, "Acme Corp");
        Secret second = provisioning.issueApiKey(acme, "Acme Corp");
        Secret globex = provisioning.issueApiKey(new TenantId("globex"), "Globex");

        Secret replacement = provisioning.replaceApiKeys(acme, "Acme Corp");

        assertThat(tenants.findTenantByApiKeyHash(ApiKeyHash.of(replacement.reveal()))).contains(acme);
        assertThat(tenants.findTenantByApiKeyHash(ApiKeyHash.of(first.reveal()))).isEmpty();
        assertThat(tenants.findTenantByApiKeyHash(ApiKeyHash.of(second.reveal()))).isEmpty();
        assertThat(tenants.findTenantByApiKeyHash(ApiKeyHash.of(globex.reveal()))).isPresent();
    }

    @Test
    void revokesOneKeyOfTheTenantOnly() {
        TenantId acme = new TenantId("acme");
        Secret leaked = provisioning.issueApiKey(acme, "Acme Corp");
        Secret kept = provisioning.issueApiKey(acme, "Acme Corp");

        assertThat(provisioning.revokeApiKey(new TenantId("globex"), leaked)).isFalse();
        assertThat(provisioning.revokeApiKey(acme, leaked)).isTrue();

        assertThat(tenants.findTenantByApiKeyHash(ApiKeyHash.of(leaked.reveal()))).isEmpty();
        assertThat(tenants.findTenantByApiKeyHash(ApiKeyHash.of(kept.reveal()))).contains(acme);
        assertThat(tenants.everythingReceived()).doesNotContain(leaked.reveal());
    }

    @Test
    void connectingByGrantStoresTheConnectionWithNoTokenYet() {
        provisioning.issueApiKey(connection.tenant(), "Acme Corp");

        provisioning.connectByGrant(connection);

        assertThat(connections.find(connection.ref())).contains(connection);
        OAuthTokens stored = tokens.load(connection.ref()).orElseThrow();
        assertThat(stored.access()).isEmpty();
        assertThat(stored.refresh()).isEmpty();
        assertThat(stored.issuedAt()).isEqualTo(NOW);
    }

    @Test
    void aReconnectionStoresTheNewTokensBeforeItMakesTheConnectionActiveAgain() {
        ConnectionStore connectionStore = spy(new InMemoryConnectionStore());
        TokenStore tokenStore = spy(new InMemoryTokenStore());
        TenantProvisioningService reconnecting = new TenantProvisioningService(tenants, connectionStore, tokenStore,
                new dev.crosswalk.core.fakes.InMemoryTransactions(), new dev.crosswalk.core.fakes.InMemoryWebhooks(),
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        OAuthTokens first = OAuthTokens.builder(NOW).refreshToken(Secret.of("refresh-1")).build();
        OAuthTokens second = OAuthTokens.builder(NOW).refreshToken(Secret.of("refresh-2")).build();

        reconnecting.connect(connection, first);
        reconnecting.connect(connection, second);

        InOrder order = inOrder(connectionStore, tokenStore);
        order.verify(connectionStore).save(connection); // a new connection exists before its tokens
        order.verify(tokenStore).save(connection.ref(), first);
        order.verify(tokenStore).save(connection.ref(), second); // a reconnection: the new grant first
        order.verify(connectionStore).save(connection);
    }

    @Test
    void connectStoresTheConnectionAndItsTokens() {
        OAuthTokens initial = OAuthTokens.builder(NOW).accessToken(Secret.of("access")).refreshToken(Secret.of("refresh")).build();

        provisioning.connect(connection, initial);

        assertThat(connections.find(connection.ref())).contains(connection);
        assertThat(tokens.load(connection.ref())).contains(initial);
    }

    @Test
    void connectAcceptsARefreshTokenAlone() {
        provisioning.connect(connection, OAuthTokens.builder(NOW).refreshToken(Secret.of("refresh")).build());

        assertThat(tokens.load(connection.ref())).isPresent();
    }

    @Test
    void connectAcceptsAnAccessTokenAlone() {
        provisioning.connect(connection, OAuthTokens.builder(NOW).accessToken(Secret.of("access")).expiresAt(NOW.plusSeconds(3600)).build());

        assertThat(tokens.load(connection.ref())).isPresent();
    }

    @Test
    void connectRefusesTokensWithNeitherAccessNorRefreshTokenAndStoresNothing() {
        OAuthTokens empty = OAuthTokens.builder(NOW).build();

        assertThatThrownBy(() -> provisioning.connect(connection, empty))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(connections.find(connection.ref())).isEmpty();
        assertThat(tokens.saves()).isZero();
    }
}
