package dev.crosswalk.core.toolkit.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.OAuthTokens;
import dev.crosswalk.core.domain.Secret;
import dev.crosswalk.core.fakes.InMemoryConnectionStore;
import dev.crosswalk.core.fakes.InMemoryTokenStore;
import dev.crosswalk.core.fakes.MutableClock;
import dev.crosswalk.core.fakes.TestConnections;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.port.out.store.ConnectionLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenManagerTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
    private static final Duration ONE_HOUR = Duration.ofHours(1);

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final InMemoryConnectionStore connections = new InMemoryConnectionStore();
    private final Connection connection = TestConnections.active("acme", "sf-main");
    private final CountingRefresher refresher = new CountingRefresher();
    private final TokenManager manager = new TokenManager(store, connections, new InMemoryConnectionLocks(), refresher, clock);
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void returnsTheStoredTokenWithoutRefreshingWhenFarFromExpiry() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));

        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-0"));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void readsTheStoreAgainOnlyAfterItKeptTheTokensForFiveSeconds() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));

        for (int call = 0; call < 5; call++) {
            assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-0"));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(store.loads()).isOne();
        manager.accessToken(connection);

        assertThat(store.loads()).isEqualTo(2);
    }

    @Test
    void takesUpTokensStoredByAReauthorisationWithinFiveSeconds() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        manager.accessToken(connection);
        store.save(connection.ref(), tokens("access-new-org", "refresh-new-org", START.plus(ONE_HOUR)));

        clock.advance(TokenManager.KEPT_FOR);

        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-new-org"));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void takesUpATokenAnotherNodeRefreshedOnceItsOwnNearsExpiryWithoutRefreshingAgain() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        manager.accessToken(connection);
        store.save(connection.ref(), tokens("access-9", "refresh-9", START.plus(ONE_HOUR.multipliedBy(2))));

        assertThat(manager.accessToken(connection)).as("kept a few seconds").isEqualTo(Secret.of("access-0"));
        clock.advance(ONE_HOUR.minusSeconds(29));

        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-9"));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void takesUpATokenStoredSinceWhenItsOwnIsRefusedWithoutRefreshing() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        manager.accessToken(connection);
        store.save(connection.ref(), tokens("access-9", "refresh-9", START.plus(ONE_HOUR)));
        List<Secret> used = new ArrayList<>();

        String answer = manager.withAccessToken(connection, token -> {
            used.add(token);
            if (token.equals(Secret.of("access-0"))) {
                throw new CrmFailure.Unauthorized("session expired", "INVALID_SESSION_ID");
            }
            return "ok";
        });

        assertThat(answer).isEqualTo("ok");
        assertThat(used).containsExactly(Secret.of("access-0"), Secret.of("access-9"));
        assertThat(refresher.calls()).isZero();
        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-9"));
    }

    @Test
    void reportsALockHeldTooLongAsTransientSoThatCallersBackOff() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        ConnectionLocks alwaysTaken = (ref, wait) -> {
            throw new ConnectionLocks.LockTimeoutException(ref, wait);
        };
        TokenManager blocked = new TokenManager(store, connections, alwaysTaken, refresher, clock);

        assertThatThrownBy(() -> blocked.accessToken(connection))
                .isInstanceOf(CrmFailure.Transient.class)
                .hasMessageContaining("acme/sf-main");
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void refusesARefreshThatReturnsNoAccessTokenAndKeepsTheStoredTokens() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        TokenManager broken = new TokenManager(store, connections, new InMemoryConnectionLocks(),
                (refreshed, current) -> OAuthTokens.builder(START).build(), clock);

        assertThatThrownBy(() -> broken.accessToken(connection)).isInstanceOf(CrmFailure.Transient.class);
        assertThat(store.load(connection.ref()).orElseThrow().refresh().orElseThrow()).isEqualTo(Secret.of("refresh-0"));
    }

    @Test
    void returnsTheStoredTokenWhenTheProviderGaveNoExpiry() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", null));

        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-0"));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void refreshesATokenThatExpiresWithinTheThirtySecondBuffer() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR.minusSeconds(29));

        Secret token = manager.accessToken(connection);

        assertThat(token).isEqualTo(Secret.of("access-1"));
        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(store.load(connection.ref()).orElseThrow().access()).contains(Secret.of("access-1"));
    }

    @Test
    void doesNotRefreshATokenThatExpiresJustOutsideTheBuffer() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR.minusSeconds(31));

        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-0"));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void refreshesWhenNoAccessTokenWasIssuedYet() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));

        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-1"));
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void handsTheRefresherTheCurrentRefreshToken() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));

        manager.accessToken(connection);

        assertThat(refresher.seenRefreshTokens()).containsExactly(Secret.of("refresh-0"));
    }

    @Test
    void keepsTheCurrentRefreshTokenWhenTheProviderDoesNotRotateIt() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));

        manager.accessToken(connection);

        OAuthTokens stored = store.load(connection.ref()).orElseThrow();
        assertThat(stored.access()).contains(Secret.of("access-1"));
        assertThat(stored.refresh()).contains(Secret.of("refresh-0"));
        assertThat(stored.expiresAt()).contains(START.plus(ONE_HOUR));
    }

    @Test
    void storesARotatedRefreshToken() {
        refresher.rotate();
        store.save(connection.ref(), tokens(null, "refresh-0", null));

        manager.accessToken(connection);

        assertThat(store.load(connection.ref()).orElseThrow().refresh().orElseThrow()).isEqualTo(Secret.of("refresh-1"));
    }

    @Test
    void refreshesAfterARejectionOfTheCurrentToken() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));

        Secret retryWith = manager.refreshAfterRejection(connection, Secret.of("access-0"));

        assertThat(retryWith).isEqualTo(Secret.of("access-1"));
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void handsOutTheNewerTokenWithoutRefreshingWhenTheRefusedOneWasAlreadyReplaced() {
        store.save(connection.ref(), tokens("access-7", "refresh-0", START.plus(ONE_HOUR)));

        Secret retryWith = manager.refreshAfterRejection(connection, Secret.of("access-6"));

        assertThat(retryWith).isEqualTo(Secret.of("access-7"));
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void refreshesOnceWhenManyCallersSeeAnExpiredToken() throws Exception {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR);
        refresher.takeTime(Duration.ofMillis(50));

        List<Secret> handedOut = inParallel(16, () -> manager.accessToken(connection));

        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(handedOut).hasSize(16).containsOnly(Secret.of("access-1"));
    }

    @Test
    void refreshesOnceWhenManyCallersHadTheSameTokenRefused() throws Exception {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        refresher.takeTime(Duration.ofMillis(50));

        List<Secret> handedOut = inParallel(16, () -> manager.refreshAfterRejection(connection, Secret.of("access-0")));

        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(handedOut).hasSize(16).containsOnly(Secret.of("access-1"));
    }

    @Test
    void refreshesOnceWhenManyCallsAreRefusedTogether() throws Exception {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        refresher.takeTime(Duration.ofMillis(20));
        Function<Secret, String> providerAcceptingOnlyFreshTokens = token -> {
            if (token.equals(Secret.of("access-0"))) {
                throw new CrmFailure.Unauthorized("session expired", "INVALID_SESSION_ID");
            }
            return "ok with " + token.reveal();
        };

        List<String> results =
                inParallel(16, () -> manager.withAccessToken(connection, providerAcceptingOnlyFreshTokens));

        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(results).hasSize(16).containsOnly("ok with access-1");
    }

    @Test
    void callsTheProviderOnceWhenManyCallersNeedARefreshItRefusesAndHandsEveryCallerItsRefusal() throws Exception {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR);
        int callers = 16;
        AtomicInteger refreshes = new AtomicInteger();
        CrmFailure.ReauthorizationRequired revoked =
                new CrmFailure.ReauthorizationRequired("expired access/refresh token", "invalid_grant");
        TokenRefresher refusing = (refreshed, current) -> {
            refreshes.incrementAndGet();
            // every caller has read the store (and so found the token expired) before the provider answers
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (store.loads() < callers + 1 && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(1));
            }
            sleep(Duration.ofMillis(50));
            throw revoked;
        };
        TokenManager sharing = new TokenManager(store, connections, new InMemoryConnectionLocks(), refusing, clock);

        List<Throwable> outcomes = inParallel(callers, () -> {
            try {
                sharing.accessToken(connection);
                return null;
            } catch (CrmFailure failure) {
                return failure;
            }
        });

        assertThat(refreshes).hasValue(1);
        assertThat(outcomes).hasSize(callers).containsOnly(revoked);
    }

    @Test
    void aRefreshThatOutlivedItsLockDoesNotOverwriteTokensStoredMeanwhile() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR);
        OAuthTokens storedMeanwhile = tokens("access-reconnected", "refresh-reconnected", START.plus(ONE_HOUR.multipliedBy(3)));
        TokenManager slow = new TokenManager(store, connections, new InMemoryConnectionLocks(), (refreshed, current) -> {
            store.save(connection.ref(), storedMeanwhile); // a successor, or the customer's reconnection
            return tokens("access-stale", "refresh-stale", START.plus(ONE_HOUR.multipliedBy(2)));
        }, clock);

        assertThat(slow.accessToken(connection)).isEqualTo(Secret.of("access-reconnected"));
        assertThat(store.load(connection.ref())).contains(storedMeanwhile);
    }

    @Test
    void asksTheProviderAgainAboutARefusedGrantOnlyAfterFiveSecondsOrForNewTokens() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR);
        AtomicInteger refreshes = new AtomicInteger();
        TokenManager refusedOnce = new TokenManager(store, connections, new InMemoryConnectionLocks(),
                (refreshed, current) -> {
                    refreshes.incrementAndGet();
                    throw new CrmFailure.ReauthorizationRequired("expired access/refresh token", "invalid_grant");
                }, clock);

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> refusedOnce.accessToken(connection))
                    .isInstanceOf(CrmFailure.ReauthorizationRequired.class).hasMessageContaining("expired");
        }
        assertThat(refreshes).hasValue(1);

        clock.advance(TokenManager.KEPT_FOR);
        assertThatThrownBy(() -> refusedOnce.accessToken(connection))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class);
        assertThat(refreshes).hasValue(2);

        store.save(connection.ref(), tokens("access-0", "refresh-of-a-new-grant", START.plus(ONE_HOUR)));
        clock.advance(TokenManager.KEPT_FOR);
        assertThatThrownBy(() -> refusedOnce.accessToken(connection))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class);
        assertThat(refreshes).hasValue(3);
    }

    @Test
    void retriesTheCallOnceWithARefreshedTokenAfterTheProviderRefusesIt() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        List<Secret> usedTokens = new ArrayList<>();

        String result = manager.withAccessToken(connection, token -> {
            usedTokens.add(token);
            if (usedTokens.size() == 1) {
                throw new CrmFailure.Unauthorized("session expired", "INVALID_SESSION_ID");
            }
            return "contacts";
        });

        assertThat(result).isEqualTo("contacts");
        assertThat(usedTokens).containsExactly(Secret.of("access-0"), Secret.of("access-1"));
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheRefreshedTokenIsRefusedToo() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> manager.withAccessToken(connection, token -> {
            attempts.incrementAndGet();
            throw new CrmFailure.Unauthorized("refused " + token.reveal(), "INVALID_SESSION_ID");
        })).isInstanceOf(CrmFailure.Unauthorized.class).hasMessage("refused access-1");

        assertThat(attempts).hasValue(2);
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void doesNotRefreshOrRetryOnFailuresOtherThanARefusedToken() {
        store.save(connection.ref(), tokens("access-0", "refresh-0", START.plus(ONE_HOUR)));
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> manager.withAccessToken(connection, token -> {
            attempts.incrementAndGet();
            throw new CrmFailure.Rejected("bad query", "MALFORMED_QUERY");
        })).isInstanceOf(CrmFailure.Rejected.class);

        assertThat(attempts).hasValue(1);
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void leavesWhetherTokensCanBeIssuedWithoutARefreshTokenToTheConnector() {
        store.save(connection.ref(), tokens("access-0", null, START.plus(ONE_HOUR)));
        clock.advance(ONE_HOUR);

        // a connector whose grant needs no refresh token (JWT bearer, client credentials) issues anew
        assertThat(manager.accessToken(connection)).isEqualTo(Secret.of("access-1"));
        assertThat(refresher.calls()).isOne();
    }

    @Test
    void passesOnTheConnectorsRefusalToRefreshWithoutARefreshToken() {
        store.save(connection.ref(), tokens("access-0", null, null));
        refresher.failNextWith(new CrmFailure.ReauthorizationRequired("connection acme/sf-main has no refresh token",
                null));

        assertThatThrownBy(() -> manager.withAccessToken(connection, token -> {
            throw new CrmFailure.Unauthorized("session expired", "INVALID_SESSION_ID");
        })).isInstanceOf(CrmFailure.ReauthorizationRequired.class).hasMessageContaining("acme/sf-main");
        assertThat(refresher.calls()).isOne();
    }

    @Test
    void asksForReauthorisationWhenNoTokensAreStored() {
        assertThatThrownBy(() -> manager.accessToken(connection))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                .hasMessageContaining("acme/sf-main");
        assertThatThrownBy(() -> manager.refreshAfterRejection(connection, Secret.of("access-0")))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class);
    }

    @Test
    void passesOnTheProvidersRefusalOfTheRefreshAndStoresNothing() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        refresher.failNextWith(new CrmFailure.ReauthorizationRequired("invalid_grant", "invalid_grant"));
        int savesBefore = store.saves();

        assertThatThrownBy(() -> manager.accessToken(connection))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                .hasMessage("invalid_grant");
        assertThat(store.saves()).isEqualTo(savesBefore);
    }

    @Test
    void asksForReauthorisationAtTheThirdRefreshFailureInARowButNotForFailuresInPassing() {
        connections.save(connection);
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        CrmFailure.Rejected refused = new CrmFailure.Rejected("Salesforce refused the token refresh: unknown_error",
                "unknown_error");

        refresher.failNextWith(refused);
        assertThatThrownBy(() -> manager.accessToken(connection)).isSameAs(refused);
        refresher.failNextWith(new CrmFailure.Transient("503 from the login host", null, null));
        assertThatThrownBy(() -> manager.accessToken(connection)).isInstanceOf(CrmFailure.Transient.class);
        refresher.failNextWith(new CrmFailure.RateLimited("slow down", null, null));
        assertThatThrownBy(() -> manager.accessToken(connection)).isInstanceOf(CrmFailure.RateLimited.class);
        refresher.failNextWith(new CrmFailure.ConnectorMisconfigured("invalid_client", "invalid_client"));
        assertThatThrownBy(() -> manager.accessToken(connection))
                .isInstanceOf(CrmFailure.ConnectorMisconfigured.class);
        refresher.failNextWith(refused);
        assertThatThrownBy(() -> manager.accessToken(connection)).isSameAs(refused);
        refresher.failNextWith(refused);

        assertThatThrownBy(() -> manager.accessToken(connection))
                .isInstanceOf(CrmFailure.ReauthorizationRequired.class)
                .hasMessageContaining("failed 3 times in a row")
                .hasMessageContaining("unknown_error");
    }

    @Test
    void tellsTheTenantOfEachCountedRefreshFailureBeforeTheGrantCountsAsGone() {
        connections.save(connection);
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        dev.crosswalk.core.fakes.InMemoryWebhooks events = new dev.crosswalk.core.fakes.InMemoryWebhooks();
        TokenManager telling = new TokenManager(store, connections, new InMemoryConnectionLocks(), refresher, clock,
                events);
        CrmFailure.Rejected refused = new CrmFailure.Rejected("Salesforce refused: unknown_error", "unknown_error");

        refresher.failNextWith(new CrmFailure.Transient("503 from the login host", null, null));
        assertThatThrownBy(() -> telling.accessToken(connection)).isInstanceOf(CrmFailure.Transient.class);
        for (int failure = 0; failure < 3; failure++) {
            refresher.failNextWith(refused);
            assertThatThrownBy(() -> telling.accessToken(connection)).isInstanceOf(CrmFailure.class);
        }

        assertThat(events.events()).extracting(dev.crosswalk.core.domain.ConnectionEvent::detail).containsExactly(
                "the token refresh failed 1 time in a row (at 3 the customer must authorise the connection again):"
                        + " Salesforce refused: unknown_error",
                "the token refresh failed 2 times in a row (at 3 the customer must authorise the connection again):"
                        + " Salesforce refused: unknown_error");
    }

    @Test
    void startsCountingRefreshFailuresAgainAfterASuccess() {
        connections.save(connection);
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        CrmFailure.Rejected refused = new CrmFailure.Rejected("refused", "unknown_error");
        for (int round = 0; round < 2; round++) {
            clock.advance(ONE_HOUR); // the token the last round got has expired
            refresher.failNextWith(refused);
            assertThatThrownBy(() -> manager.accessToken(connection)).isSameAs(refused);
            refresher.failNextWith(refused);
            assertThatThrownBy(() -> manager.accessToken(connection)).as("two in a row, round %d", round)
                    .isSameAs(refused);
            assertThat(manager.accessToken(connection)).isNotNull();
        }
    }

    @Test
    void saysTheConnectionIsGoneWhenItWasDeletedDuringARefresh() {
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        TokenManager refreshing = new TokenManager(store, connections, new InMemoryConnectionLocks(),
                (refreshed, current) -> {
                    store.delete(connection.ref());
                    return tokens("access-1", "refresh-0", START.plus(ONE_HOUR));
                }, clock);

        assertThatThrownBy(() -> refreshing.accessToken(connection))
                .isInstanceOf(CrmFailure.NotFound.class)
                .hasMessageContaining("was deleted while its tokens were refreshed");
        assertThat(store.load(connection.ref())).isEmpty();
    }

    @Test
    void releasesTheLockWhenTheRefresherThrowsSoAnotherThreadCanRefreshLater() throws Exception {
        store.save(connection.ref(), tokens(null, "refresh-0", null));
        refresher.failNextWith(new CrmFailure.Transient("connection reset", null, null));

        assertThatThrownBy(() -> manager.accessToken(connection)).isInstanceOf(CrmFailure.Transient.class);

        // Another thread: the JDK lock is reentrant, so the same thread would get it back even if it leaked.
        Future<Secret> later = threads.submit(() -> manager.accessToken(connection));
        assertThat(later.get(5, TimeUnit.SECONDS)).isEqualTo(Secret.of("access-2"));
    }

    private <T> List<T> inParallel(int callers, java.util.concurrent.Callable<T> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertThat(ready.await(5, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(10, TimeUnit.SECONDS));
        }
        return results;
    }

    private static OAuthTokens tokens(String access, String refresh, Instant expiresAt) {
        return OAuthTokens.builder(START).accessToken(access == null ? null : Secret.of(access))
                .refreshToken(refresh == null ? null : Secret.of(refresh)).expiresAt(expiresAt).build();
    }

    /** Issues {@code access-N} on the N-th call, valid for an hour; optionally slow, rotating or failing. */
    private final class CountingRefresher implements TokenRefresher {
        private final AtomicInteger calls = new AtomicInteger();
        private final List<Secret> seenRefreshTokens = new CopyOnWriteArrayList<>();
        private volatile Duration takes = Duration.ZERO;
        private volatile boolean rotate;
        private volatile RuntimeException nextFailure;

        @Override
        public OAuthTokens refresh(Connection refreshed, OAuthTokens current) {
            int call = calls.incrementAndGet();
            seenRefreshTokens.add(current.refresh().orElse(null));
            RuntimeException failure = nextFailure;
            if (failure != null) {
                nextFailure = null;
                throw failure;
            }
            if (!takes.isZero()) {
                try {
                    Thread.sleep(takes);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            Instant now = clock.instant();
            return OAuthTokens.builder(now).accessToken(Secret.of("access-" + call))
                    .refreshToken(rotate ? Secret.of("refresh-" + call) : null).expiresAt(now.plus(ONE_HOUR)).build();
        }

        int calls() {
            return calls.get();
        }

        List<Secret> seenRefreshTokens() {
            return List.copyOf(seenRefreshTokens);
        }

        void takeTime(Duration duration) {
            this.takes = duration;
        }

        void rotate() {
            this.rotate = true;
        }

        void failNextWith(RuntimeException failure) {
            this.nextFailure = failure;
        }
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
