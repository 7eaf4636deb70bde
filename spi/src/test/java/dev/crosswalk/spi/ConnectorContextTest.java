package dev.crosswalk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionId;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.domain.TenantId;
import dev.crosswalk.core.port.out.TokenStore;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.core.toolkit.token.TokenManager;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectorContextTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Map<ConnectionRef, OAuthTokens> stored = new ConcurrentHashMap<>();
    private final TokenStore tokens = new TokenStore() {
        @Override
        public Optional<OAuthTokens> load(ConnectionRef ref) {
            return Optional.ofNullable(stored.get(ref));
        }

        @Override
        public void save(ConnectionRef ref, OAuthTokens newTokens) {
            stored.put(ref, newTokens);
        }
    };
    private final CrmRetry retry = CrmRetry.builder().maxAttempts(2).build();
    private final ConnectorContext context = ConnectorContext.of(tokens, new InMemoryConnectionLocks(), retry, clock);

    private final Connection connection = new Connection(new ConnectionId("sf-main"), new TenantId("acme"),
            "salesforce", URI.create("https://acme.my.salesforce.com"), ConnectionStatus.ACTIVE, Map.of());

    @Test
    void lendsTheHostsClockAndRetryPolicy() {
        assertThat(context.clock()).isSameAs(clock);
        assertThat(context.retry()).isSameAs(retry);
    }

    @Test
    void tokenManagersReadAndWriteTheHostsTokenStoreAndTellTimeByTheHostsClock() {
        stored.put(connection.ref(), new OAuthTokens(Secret.of("old"), Secret.of("refresh"), NOW.minusSeconds(3600),
                NOW.plusSeconds(10)));
        AtomicInteger refreshes = new AtomicInteger();
        TokenManager manager = context.tokenManager((refreshed, current) -> {
            refreshes.incrementAndGet();
            return new OAuthTokens(Secret.of("new"), null, NOW, NOW.plus(Duration.ofHours(2)));
        });

        // 10 s before expiry by the host's clock: inside the 30 s buffer, whatever the system clock says
        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("new"));
        assertThat(refreshes).hasValue(1);
        assertThat(stored.get(connection.ref()).accessToken()).isEqualTo(Secret.of("new"));
    }

    @Test
    void refusesMissingMachinery() {
        assertThatThrownBy(() -> ConnectorContext.of(null, new InMemoryConnectionLocks(), retry, clock))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectorContext.of(tokens, null, retry, clock))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectorContext.of(tokens, new InMemoryConnectionLocks(), null, clock))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectorContext.of(tokens, new InMemoryConnectionLocks(), retry, null))
                .isInstanceOf(NullPointerException.class);
    }
}
