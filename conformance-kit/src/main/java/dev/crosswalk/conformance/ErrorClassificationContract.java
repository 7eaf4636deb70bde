package dev.crosswalk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.conformance.ConnectorFixture.ProviderFault;
import dev.crosswalk.core.domain.FieldFilter;
import dev.crosswalk.core.domain.RecordQuery;
import dev.crosswalk.core.domain.UnifiedObject;
import dev.crosswalk.core.port.out.crm.CrmFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the connector classifies the provider's failures, so that core's one retry policy and token machinery decide
 * what follows: a rate limit is {@link CrmFailure.RateLimited} (with the provider's wait), retried, and reported once
 * retries are spent; a server error is {@link CrmFailure.Transient}, likewise; a refused token is refreshed and the
 * call made again; a malformed request is {@link CrmFailure.Rejected} or {@link CrmFailure.InvalidInput} and is not
 * retried. The context's retry policy makes {@link TestingConnectorContext#RETRY_ATTEMPTS} attempts and waits without
 * sleeping. Each test starts a new fixture, since faults stay in the emulator.
 *
 * @since 0.1
 */
public abstract class ErrorClassificationContract extends ConnectorContract {

    /** More failing calls than any retry makes. */
    private static final int PERSISTENT = 1000;

    /** For a connector's subclass, which supplies only {@link #startFixture()}. */
    protected ErrorClassificationContract() {
        super(true);
    }

    @Test
    void retriesARateLimitAndTheCallSucceeds() {
        call();
        fixture().failCalls(ProviderFault.RATE_LIMITED, 1);

        assertThat(call()).isNotNull();
        Optional<Duration> asked = fixture().rateLimitRetryAfter();
        assertThat(context().retryWaits()).as("waited before the retry (the provider asked for %s)", asked)
                .isPositive().isGreaterThanOrEqualTo(asked.orElse(Duration.ZERO));
    }

    @Test
    void reportsAPersistentRateLimitAsRateLimitedWithTheProvidersWait() {
        call();
        fixture().failCalls(ProviderFault.RATE_LIMITED, PERSISTENT);

        assertThatThrownBy(this::call).isInstanceOfSatisfying(CrmFailure.RateLimited.class, limited -> {
            assertThat(limited).isNotInstanceOf(CrmFailure.QuotaExhausted.class);
            assertThat(limited.retryAfter()).as("the wait the provider asked for")
                    .isEqualTo(fixture().rateLimitRetryAfter());
        });
    }

    @Test
    void retriesAServerErrorAndTheCallSucceeds() {
        call();
        fixture().failCalls(ProviderFault.SERVER_ERROR, 1);

        assertThat(call()).isNotNull();
        assertThat(context().retryWaits()).as("waited before the retry").isPositive();
    }

    @Test
    void reportsPersistentServerErrorsAsTransientOnceRetriesAreSpent() {
        call();
        fixture().failCalls(ProviderFault.SERVER_ERROR, PERSISTENT);

        assertThatThrownBy(this::call).isInstanceOf(CrmFailure.Transient.class);
        assertThat(context().retryWaits()).as("waited between attempts").isPositive();
    }

    @Test
    void refreshesTheTokenAfterAnAuthErrorAndTheCallSucceeds() {
        call();
        int refreshes = context().tokenRefreshes();
        fixture().failCalls(ProviderFault.UNAUTHORIZED, 1);

        assertThat(call()).isNotNull();
        assertThat(context().tokenRefreshes() - refreshes).as("refreshes after the token was refused").isEqualTo(1);
    }

    @Test
    void reportsABadRequestAsRejectedWithoutRetrying() {
        call();
        fixture().failCalls(ProviderFault.BAD_REQUEST, 1);

        assertThatThrownBy(this::call).isInstanceOfAny(CrmFailure.Rejected.class, CrmFailure.InvalidInput.class);
        assertThat(context().retryWaits()).as("waited to retry a malformed request").isZero();
    }

    @Test
    void refusesAFilterOnAFieldTheObjectLacks() {
        RecordQuery query = RecordQuery.builder(fixture().objectOf(UnifiedObject.CONTACT))
                .filter(FieldFilter.equalTo("conformance_missing_field", "x")).build();

        assertThatThrownBy(() -> context().connector().records().list(context().connection(), query))
                .isInstanceOfAny(CrmFailure.Rejected.class, CrmFailure.InvalidInput.class);
    }

}
