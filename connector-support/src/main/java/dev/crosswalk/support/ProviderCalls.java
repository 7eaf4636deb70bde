package dev.crosswalk.support;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.toolkit.retry.CrmRetry;
import dev.crosswalk.core.toolkit.token.Access;
import dev.crosswalk.core.toolkit.token.TokenManager;
import java.util.Objects;
import java.util.function.Function;

/**
 * The order of every provider call: core's retry policy outside (back-off, the circuit breaker per connection, no
 * retry of a spent allowance), the connection's valid token inside (checked before the call, refreshed once under the
 * connection's lock when the provider refuses it). Thread-safe.
 *
 * @since 0.1
 */
public final class ProviderCalls {

    private final TokenManager tokens;
    private final CrmRetry retry;

    /**
     * @param tokens the connector's token manager, from {@code ConnectorContext.tokenManager}; never {@code null}
     * @param retry the host's retry policy, from {@code ConnectorContext.retry()}; never {@code null}
     */
    public ProviderCalls(TokenManager tokens, CrmRetry retry) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * Makes a call that may be repeated: a read, or a write the provider makes idempotent.
     *
     * @param connection the connection to call through; never {@code null}
     * @param call sends the request with the access given and reads the answer, throwing the
     *     {@link dev.crosswalk.core.port.out.crm.CrmFailure} the answer means; never {@code null}
     * @param <T> what the call answers
     * @return what {@code call} returned
     * @throws dev.crosswalk.core.port.out.crm.CrmFailure what the call threw once retries were spent or did not apply
     */
    public <T> T call(Connection connection, Function<Access, T> call) {
        return call(connection, CrmRetry.Idempotency.IDEMPOTENT, call);
    }

    /**
     * Makes a call that is retried only as its idempotency allows: a write that could take effect twice (a create) is
     * sent again only after a rate limit, never after a timeout or a server error. A refused token is refreshed and
     * the call sent once more either way: the provider did not carry it out.
     *
     * @param connection the connection to call through; never {@code null}
     * @param idempotency whether the call may be repeated after a failure that may have left it done; never
     *     {@code null}
     * @param call sends the request and reads the answer, as for {@link #call(Connection, Function)}; never
     *     {@code null}
     * @param <T> what the call answers
     * @return what {@code call} returned
     * @throws dev.crosswalk.core.port.out.crm.CrmFailure what the call threw once retries were spent or did not apply
     */
    public <T> T call(Connection connection, CrmRetry.Idempotency idempotency, Function<Access, T> call) {
        return retry.call(connection.ref(), idempotency, () -> tokens.withAccess(connection, call));
    }
}
