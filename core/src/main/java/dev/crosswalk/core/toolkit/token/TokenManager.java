package dev.crosswalk.core.toolkit.token;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import dev.crosswalk.core.port.out.store.ConnectionStore;
import dev.crosswalk.core.port.out.store.EventOutbox;
import dev.crosswalk.core.port.out.store.TokenStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hands out valid access tokens for connections. Checks expiry before every call, refreshes at most once per
 * connection at a time under {@link ConnectionLocks}, and refreshes after a refusal only if the refused token is
 * still the stored one (compare-and-refresh), and stores the refreshed tokens only over the version it read under the
 * lock, so a holder whose lock ran out never overwrites newer tokens (fenced saves). Within a process, callers that need a refresh while one is running wait
 * for its outcome, success or failure, instead of each contending for the lock and calling the provider. A refresh that returns a new instance URL is written back to the
 * connection, and calls made through {@link #withAccess} use the instance URL issued with the current token.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class TokenManager {

    /**
     * Refresh failures in a row (neither a refused grant nor a failure in passing) after which a connection needs
     * re-authorisation.
     */
    public static final int FAILURES_BEFORE_REAUTHORIZATION = 3;

    /** A token this close to its expiry is refreshed before use. */
    public static final Duration EXPIRY_BUFFER = Duration.ofSeconds(30);

    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    /**
     * How long tokens read or issued here are used without reading the store again: a connection authorised again
     * (or replaced) elsewhere is picked up within this time.
     */
    public static final Duration KEPT_FOR = Duration.ofSeconds(5);

    /** Past this many connections, the kept tokens are dropped and read again as needed. */
    private static final int KEPT_CONNECTIONS = 10_000;

    private final TokenStore store;
    private final ConnectionStore connections;
    private final ConnectionLocks locks;
    private final TokenRefresher refresher;
    private final Clock clock;
    private final EventOutbox events;
    private final Map<ConnectionRef, Kept> kept = new ConcurrentHashMap<>();
    private final Map<ConnectionRef, CompletableFuture<OAuthTokens>> renewals = new ConcurrentHashMap<>();
    private final Map<ConnectionRef, Refused> refusals = new ConcurrentHashMap<>();

    /**
     * @param store where tokens live
     * @param connections where a new instance URL is written back
     * @param locks per-connection locks (cross-node in a cluster)
     * @param refresher the connector's refresh call
     * @param clock the time source; tests pass a fixed or mutable clock
     */
    public TokenManager(TokenStore store, ConnectionStore connections, ConnectionLocks locks, TokenRefresher refresher,
            Clock clock) {
        this(store, connections, locks, refresher, clock, null);
    }

    /**
     * Like the other constructor, also writing a {@link ConnectionEvent.Type#REFRESH_FAILED} event for each counted
     * refresh failure that does not yet end the grant.
     *
     * @param events where connection events go; {@code null} for none
     * @since 0.1
     */
    public TokenManager(TokenStore store, ConnectionStore connections, ConnectionLocks locks, TokenRefresher refresher,
            Clock clock, EventOutbox events) {
        this.store = Objects.requireNonNull(store, "store");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = events;
    }

    /**
     * Runs {@code call} with a valid access token; if the provider refuses it ({@link CrmFailure.Unauthorized}),
     * refreshes once and runs {@code call} once more.
     *
     * @param connection the connection
     * @param call the provider call; it throws {@link CrmFailure.Unauthorized} when the token is refused
     * @return what {@code call} returned
     * @throws CrmFailure.ReauthorizationRequired when no tokens are stored or the provider refused the refresh
     * @throws CrmFailure.Unauthorized when the provider refuses the freshly refreshed token too
     * @throws CrmFailure.Transient when the lock stayed taken or the refresh failed in passing
     * @throws CrmFailure any other failure of {@code call}, unchanged
     */
    public <T> T withAccessToken(Connection connection, Function<Secret, T> call) {
        return withAccess(connection, access -> call.apply(access.token()));
    }

    /**
     * Like {@link #withAccessToken}, handing {@code call} the instance URL issued with the token as well.
     *
     * @param connection the connection
     * @param call the provider call; it throws {@link CrmFailure.Unauthorized} when the token is refused
     * @return what {@code call} returned
     * @throws CrmFailure for the reasons {@link #withAccessToken} gives
     */
    public <T> T withAccess(Connection connection, Function<Access, T> call) {
        OAuthTokens current = validTokens(connection);
        try {
            return call.apply(access(connection, current));
        } catch (CrmFailure.Unauthorized refused) {
            return call.apply(access(connection, tokensAfterRejection(connection, current.access().orElseThrow())));
        }
    }

    private static Access access(Connection connection, OAuthTokens tokens) {
        return Access.of(tokens.access().orElseThrow(), tokens.instanceUrl().orElse(connection.instanceUrl()));
    }

    /**
     * @param connection the connection
     * @return its access token, refreshed first when missing or within {@link #EXPIRY_BUFFER} of expiry
     * @throws CrmFailure.ReauthorizationRequired when no tokens are stored or the provider refused the refresh
     * @throws CrmFailure.Transient when another worker held the connection's lock too long, or the refresh returned
     *     no access token
     */
    public Secret accessToken(Connection connection) {
        return validTokens(connection).access().orElseThrow();
    }

    private OAuthTokens validTokens(Connection connection) {
        Kept known = kept.get(connection.ref());
        if (known != null && known.freshAt(clock.instant()) && valid(known.tokens())) {
            return known.tokens();
        }
        OAuthTokens current = load(connection);
        if (valid(current)) {
            return current;
        }
        return renewed(connection, this::valid);
    }

    private boolean valid(OAuthTokens tokens) {
        return !tokens.needsRefreshAt(clock.instant(), EXPIRY_BUFFER);
    }

    /**
     * Call after the provider refused {@code refused}. Refreshes unless another caller already replaced it.
     *
     * @param connection the connection
     * @param refused the access token the provider refused
     * @return the token to retry with
     * @throws CrmFailure.ReauthorizationRequired when the provider refused the refresh
     */
    public Secret refreshAfterRejection(Connection connection, Secret refused) {
        return tokensAfterRejection(connection, refused).access().orElseThrow();
    }

    private OAuthTokens tokensAfterRejection(Connection connection, Secret refused) {
        return renewed(connection, tokens -> tokens.access().isPresent() && !tokens.access().get().equals(refused));
    }

    /**
     * Tokens that pass {@code usable}: the stored ones if they already do, otherwise refreshed ones. Within this
     * process one renewal per connection runs at a time and only it contends for the connection's lock; callers that
     * arrive meanwhile wait for its outcome and share it, a failure included, unless its tokens do not suit them.
     */
    private OAuthTokens renewed(Connection connection, Predicate<OAuthTokens> usable) {
        while (true) {
            CompletableFuture<OAuthTokens> mine = new CompletableFuture<>();
            CompletableFuture<OAuthTokens> running = renewals.putIfAbsent(connection.ref(), mine);
            if (running != null) {
                OAuthTokens shared = outcomeOf(connection, running);
                if (usable.test(shared)) {
                    return shared;
                }
                continue; // renewed for another reason (an expiry, another refused token): renew for this one
            }
            try {
                OAuthTokens renewed = renewUnderLock(connection, usable);
                mine.complete(renewed);
                return renewed;
            } catch (RuntimeException | Error failed) {
                mine.completeExceptionally(failed);
                throw failed;
            } finally {
                renewals.remove(connection.ref(), mine);
            }
        }
    }

    /**
     * Under the lock, refreshes unless the stored tokens already suit the caller, or this process saw the provider
     * refuse these very tokens for good within {@link #KEPT_FOR}: then the refusal is repeated without asking again,
     * so a revoked grant costs one refresh attempt per process, however many calls arrive after it.
     */
    private OAuthTokens renewUnderLock(Connection connection, Predicate<OAuthTokens> usable) {
        try (ConnectionLocks.Lease lease = lock(connection)) {
            TokenStore.StoredTokens stored = store.loadVersioned(connection.ref())
                    .orElseThrow(() -> noTokens(connection));
            OAuthTokens latest = stored.tokens();
            keep(connection, latest);
            if (usable.test(latest)) {
                return latest;
            }
            Refused known = refusals.get(connection.ref());
            if (known != null && known.tokens().equals(latest) && known.freshAt(clock.instant())) {
                throw new CrmFailure.ReauthorizationRequired(known.failure().getMessage(),
                        known.failure().providerCode().orElse(null));
            }
            try {
                return refresh(connection, stored, usable);
            } catch (CrmFailure.ReauthorizationRequired refused) {
                if (refusals.size() >= KEPT_CONNECTIONS) {
                    refusals.clear();
                }
                refusals.put(connection.ref(), new Refused(latest, refused, clock.instant()));
                throw refused;
            }
        }
    }

    /** @return the renewal's tokens; its failure is rethrown as it was thrown, to every caller that waited for it */
    private static OAuthTokens outcomeOf(Connection connection, CompletableFuture<OAuthTokens> renewal) {
        try {
            return renewal.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CrmFailure.Transient("interrupted while waiting for the token refresh of connection "
                    + connection.ref(), null, interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw (Error) failed.getCause();
        }
    }

    /**
     * Refreshes and stores the result only over the version read under the lock (fenced): when a reconnection or a
     * node that took over the lock stored other tokens meanwhile, those are kept and used if they suit the caller.
     * Whether tokens can be issued without a refresh token is the refresher's call.
     */
    private OAuthTokens refresh(Connection connection, TokenStore.StoredTokens stored, Predicate<OAuthTokens> usable) {
        OAuthTokens current = stored.tokens();
        OAuthTokens issued = refreshCounted(connection, current);
        if (issued.access().isEmpty()) {
            throw new CrmFailure.Transient("the token refresh for connection " + connection.ref()
                    + " returned no access token", null, null);
        }
        OAuthTokens.Builder completed = issued.toBuilder();
        if (issued.refresh().isEmpty()) {
            completed.refreshToken(current.refresh().orElse(null));
        }
        if (issued.instanceUrl().isEmpty()) {
            completed.instanceUrl(current.instanceUrl().orElse(null));
        }
        if (issued.identity().isEmpty()) {
            completed.identity(current.identity().orElse(null));
        }
        if (issued.scopes().isEmpty()) {
            completed.scopes(current.scopes());
        }
        OAuthTokens saved = completed.build();
        if (!store.replace(connection.ref(), stored.version(), saved)) {
            return storedMeanwhile(connection, usable);
        }
        keep(connection, saved);
        saved.instanceUrl().filter(url -> !url.equals(connection.instanceUrl()))
                .ifPresent(moved -> writeBackInstanceUrl(connection, moved));
        return saved;
    }

    /** The refreshed tokens were not stored: someone stored others since this refresh read them. */
    private OAuthTokens storedMeanwhile(Connection connection, Predicate<OAuthTokens> usable) {
        OAuthTokens newer = store.load(connection.ref()).orElseThrow(() -> new CrmFailure.NotFound("connection "
                + connection.ref() + " was deleted while its tokens were refreshed", null));
        keep(connection, newer);
        if (usable.test(newer)) {
            return newer;
        }
        throw new CrmFailure.Transient("the tokens of connection " + connection.ref() + " were replaced while they"
                + " were refreshed; try again", null, null);
    }

    /**
     * Runs the connector's refresh, counting the failures that neither end the grant nor pass on their own: a
     * {@link #FAILURES_BEFORE_REAUTHORIZATION}th in a row asks for re-authorisation. A refusal of the grant does so at
     * once; a rate limit, a failure in passing or the connector's own misconfiguration does not count, and a success
     * resets the count.
     */
    private OAuthTokens refreshCounted(Connection connection, OAuthTokens current) {
        OAuthTokens issued;
        try {
            issued = refresher.refresh(connection, current);
        } catch (CrmFailure.ReauthorizationRequired | CrmFailure.RateLimited | CrmFailure.Transient
                | CrmFailure.ConnectorMisconfigured notCounted) {
            throw notCounted;
        } catch (CrmFailure failed) {
            int inARow = connections.recordRefreshFailure(connection.ref());
            if (inARow >= FAILURES_BEFORE_REAUTHORIZATION) {
                throw new CrmFailure.ReauthorizationRequired("the token refresh of connection " + connection.ref()
                        + " failed " + inARow + " times in a row; the customer must authorise it again. Last: "
                        + failed.getMessage(), failed.providerCode().orElse(null));
            }
            refreshFailed(connection, inARow, failed);
            throw failed;
        }
        connections.clearRefreshFailures(connection.ref());
        return issued;
    }

    /** Tells the tenant, when the host gave an outbox; an outbox failure never hides the refresh failure. */
    private void refreshFailed(Connection connection, int inARow, CrmFailure failed) {
        if (events == null) {
            return;
        }
        try {
            events.append(new ConnectionEvent(ConnectionEvent.Type.REFRESH_FAILED, connection.ref(),
                    connection.connectorKind(), clock.instant(), "the token refresh failed " + inARow
                            + (inARow == 1 ? " time" : " times") + " in a row (at " + FAILURES_BEFORE_REAUTHORIZATION
                            + " the customer must authorise the connection again): " + failed.getMessage()));
        } catch (RuntimeException unwritten) {
            failed.addSuppressed(unwritten);
        }
    }

    /** The provider moved the account: later reads of the connection (and its API) show the new base URL. */
    private void writeBackInstanceUrl(Connection connection, URI moved) {
        connections.updateInstanceUrl(connection.ref(), moved);
    }

    /** A lock that stays taken is another worker's slow refresh: worth retrying later, so it is transient. */
    private ConnectionLocks.Lease lock(Connection connection) {
        try {
            return locks.acquire(connection.ref(), LOCK_WAIT);
        } catch (ConnectionLocks.LockTimeoutException stillTaken) {
            throw new CrmFailure.Transient(stillTaken.getMessage(), null, stillTaken);
        }
    }

    private OAuthTokens load(Connection connection) {
        OAuthTokens stored = store.load(connection.ref()).orElseThrow(() -> noTokens(connection));
        keep(connection, stored);
        return stored;
    }

    private static CrmFailure noTokens(Connection connection) {
        return new CrmFailure.ReauthorizationRequired("no tokens are stored for connection " + connection.ref(), null);
    }

    private void keep(Connection connection, OAuthTokens tokens) {
        if (kept.size() >= KEPT_CONNECTIONS) {
            kept.clear();
        }
        kept.put(connection.ref(), new Kept(tokens, clock.instant()));
    }

    /** Tokens the provider refused for good, and when. */
    private record Refused(OAuthTokens tokens, CrmFailure.ReauthorizationRequired failure, Instant at) {
        boolean freshAt(Instant now) {
            return !now.isBefore(at) && now.isBefore(at.plus(KEPT_FOR));
        }
    }

    /** Tokens as last read or issued, and when: used for {@link #KEPT_FOR} at most, then read again. */
    private record Kept(OAuthTokens tokens, Instant at) {
        boolean freshAt(Instant now) {
            return !now.isBefore(at) && now.isBefore(at.plus(KEPT_FOR));
        }
    }
}
