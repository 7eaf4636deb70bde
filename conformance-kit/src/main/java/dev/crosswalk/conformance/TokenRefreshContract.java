package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.conformance.ConnectorFixture.ProviderFault;
import dev.crosswalk.core.domain.ConnectionEvent;
import dev.crosswalk.core.domain.ConnectionStatus;
import dev.crosswalk.core.domain.RecordPage;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.in.ListRequest;
import dev.crosswalk.core.port.in.UseCaseException;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import dev.crosswalk.core.toolkit.token.TokenManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Authorisation and token refresh through core's token machinery: an expired or refused access token is refreshed
 * once and the call succeeds; many callers that meet an expired token share one refresh; a refused refresh is
 * {@link CrmFailure.ReauthorizationRequired}, after which the host marks the connection needing re-authorisation with
 * one event; a refreshed token that is refused too ends the call as {@link CrmFailure.Unauthorized} after that one
 * refresh, without looping. Each test starts a new fixture, since some end the grant.
 *
 * @since 0.1
 */
public abstract class TokenRefreshContract extends ConnectorContract {

    /** Callers that meet an expired token together. */
    private static final int CALLERS = 8;

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected TokenRefreshContract() {
        super(true);
    }

    @Test
    void refreshesARefusedAccessTokenOnceAndTheCallSucceeds() {
        call();
        int refreshes = context().tokenRefreshes();
        fixture().expireAccessTokens();

        call();

        assertThat(context().tokenRefreshes() - refreshes).as("refreshes after the token expired").isEqualTo(1);
        call();
        assertThat(context().tokenRefreshes() - refreshes).as("refreshes, one call later").isEqualTo(1);
    }

    @Test
    void refreshesBeforeUseOnceTheStoredTokenIsAboutToExpire() {
        call();
        Instant now = context().clock().instant();
        Instant soon = now.plus(TokenManager.KEPT_FOR).plus(TokenManager.EXPIRY_BUFFER.dividedBy(2));
        context().storeTokens(context().storedTokens().orElseThrow().toBuilder().expiresAt(soon).build());
        context().clock().advance(TokenManager.KEPT_FOR);
        int refreshes = context().tokenRefreshes();

        call();

        assertThat(context().tokenRefreshes() - refreshes).as("refreshes of a token about to expire").isEqualTo(1);
        context().storedTokens().orElseThrow().expiresAt().ifPresent(expiry -> assertThat(expiry)
                .as("the new token's expiry").isAfter(soon));
    }

    @Test
    void refreshesOnceWhenManyCallersMeetAnExpiredToken() throws Exception {
        call();
        int refreshes = context().tokenRefreshes();
        fixture().expireAccessTokens();

        List<RecordPage> pages = together(CALLERS, this::call);

        assertThat(pages).hasSize(CALLERS);
        assertThat(context().tokenRefreshes() - refreshes).as("refreshes for %s callers", CALLERS).isEqualTo(1);
    }

    @Test
    void reportsARefusedRefreshAsReauthorizationRequired() {
        call();
        fixture().revokeGrant();
        fixture().expireAccessTokens();

        assertThatThrownBy(this::call).isInstanceOf(CrmFailure.ReauthorizationRequired.class);
        assertThat(context().events()).as("events written by the token manager")
                .noneMatch(event -> event.type() == ConnectionEvent.Type.REFRESH_FAILED);
    }

    @Test
    void marksTheConnectionNeedingReauthorizationWithOneEventWhenTheGrantIsRevoked() throws Exception {
        call();
        fixture().revokeGrant();
        fixture().expireAccessTokens();
        String object = fixture().objectOf(UnifiedObject.CONTACT);
        ListRequest request = ListRequest.builder(CONNECTION).pageSize(1).build();

        List<Throwable> failures = new ArrayList<>();
        for (Future<?> outcome : submitTogether(4, () -> context().host().providerRecords().list(object, request))) {
            try {
                outcome.get(1, TimeUnit.MINUTES);
            } catch (ExecutionException failed) {
                failures.add(failed.getCause());
            }
        }
        Throwable later = catchFailure(() -> context().host().providerRecords().list(object, request));

        assertThat(failures).hasSize(4)
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(
                        UseCaseException.ConnectionNeedsReauthorization.class));
        assertThat(later).isInstanceOf(UseCaseException.ConnectionNeedsReauthorization.class);
        assertThat(context().storedConnection().status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(context().events()).filteredOn(event -> event.type()
                == ConnectionEvent.Type.NEEDS_REAUTHORIZATION).as("needs-re-authorisation events").hasSize(1);
    }

    @Test
    void failsAsUnauthorizedAfterOneRefreshWhenTheRefreshedTokenIsRefusedToo() {
        call();
        int refreshes = context().tokenRefreshes();
        fixture().failCalls(ProviderFault.UNAUTHORIZED, 100);

        assertThatThrownBy(this::call).isInstanceOf(CrmFailure.Unauthorized.class);
        assertThat(context().tokenRefreshes() - refreshes).as("refreshes for a call whose tokens are all refused")
                .isEqualTo(1);
    }


    private static Throwable catchFailure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException failed) {
            return failed;
        }
    }

    /** Runs {@code call} on {@code callers} threads released at once, and waits for every outcome. */
    private static <T> List<T> together(int callers, Callable<T> call) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> outcome : submitTogether(callers, call)) {
            results.add(outcome.get(1, TimeUnit.MINUTES));
        }
        return results;
    }

    private static <T> List<Future<T>> submitTogether(int callers, Callable<T> call) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> outcomes = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).as("%s callers finished", callers).isTrue();
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
