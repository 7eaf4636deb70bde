package dev.crosswalk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.fakes.TestConnections;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.InMemoryConnectionLocks;
import dev.crosswalk.spi.ConnectorContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The call order through core's real token manager and retry policy, over in-memory stores. */
class ProviderCallsTest {

    private final Connection connection = TestConnections.active("acme", "crm");
    private final AtomicInteger refreshes = new AtomicInteger();
    private final List<String> tokensSent = new ArrayList<>();
    private final ProviderCalls calls;

    ProviderCallsTest() {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        InMemoryConnectionStore connections = new InMemoryConnectionStore();
        connections.save(connection);
        tokens.save(connection.ref(), OAuthTokens.builder(Instant.now()).accessToken(Secret.of("first"))
                .refreshToken(Secret.of("refresh")).build());
        ConnectorContext context = ConnectorContext.builder().tokens(tokens).connections(connections)
                .locks(new InMemoryConnectionLocks())
                .retry(CrmRetry.builder().maxAttempts(3).backoff(Duration.ofMillis(1), Duration.ofMillis(2)).build())
                .build();
        calls = new ProviderCalls(context.tokenManager((refreshed, current) -> OAuthTokens.builder(Instant.now())
                .accessToken(Secret.of("renewed-" + refreshes.incrementAndGet())).build()), context.retry());
    }

    @Test
    void aReadIsRetriedAfterAFailureInPassingWithTheValidToken() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = calls.call(connection, access -> {
            tokensSent.add(access.token().reveal());
            if (attempts.incrementAndGet() < 3) {
                throw new CrmFailure.Transient("503", null, null);
            }
            return "read";
        });

        assertThat(answer).isEqualTo("read");
        assertThat(tokensSent).containsExactly("first", "first", "first");
    }

    @Test
    void aCreateIsNotSentAgainAfterATimeoutButIsAfterARefusedToken() {
        assertThatThrownBy(() -> calls.call(connection, CrmRetry.Idempotency.NOT_IDEMPOTENT, access -> {
            tokensSent.add(access.token().reveal());
            throw new CrmFailure.Transient("timed out", null, null);
        })).isInstanceOf(CrmFailure.Transient.class);
        assertThat(tokensSent).containsExactly("first");

        tokensSent.clear();
        String created = calls.call(connection, CrmRetry.Idempotency.NOT_IDEMPOTENT, access -> {
            tokensSent.add(access.token().reveal());
            if (access.token().reveal().equals("first")) {
                throw new CrmFailure.Unauthorized("expired", null);
            }
            return "created";
        });

        assertThat(created).isEqualTo("created");
        assertThat(tokensSent).containsExactly("first", "renewed-1");
        assertThat(refreshes).hasValue(1);
    }
}
