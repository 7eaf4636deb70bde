package dev.crosswalk.connector.hubspot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.out.crm.QuotaPort;
import dev.crosswalk.support.ProviderResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers the last allowance HubSpot reported per connection. The daily allowance
 * ({@code X-HubSpot-RateLimit-Daily} and {@code -Daily-Remaining}, sent for private-app calls) when present; otherwise
 * the burst window ({@code X-HubSpot-RateLimit-Max}, {@code -Remaining}, {@code -Interval-Milliseconds}), the only
 * limit of OAuth calls. Search answers carry neither and leave the last reading as it was. Thread-safe.
 */
final class HubSpotQuota implements QuotaPort {

    private static final String PREFIX = "X-HubSpot-RateLimit-";

    /** Kept two days at most (a day's allowance and the day after), for at most 100,000 connections. */
    private final Cache<ConnectionRef, QuotaUsage> lastUsage = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofDays(2)).maximumSize(100_000).build();
    private final Clock clock;

    HubSpotQuota(Clock clock) {
        this.clock = clock;
    }

    void record(Connection connection, ProviderResponse response) {
        Optional<QuotaUsage> daily = usage(response, "Daily", "Daily-Remaining", Duration.ofDays(1));
        Optional<QuotaUsage> usage = daily.isPresent() ? daily : number(response, "Interval-Milliseconds")
                .filter(millis -> millis > 0)
                .flatMap(millis -> usage(response, "Max", "Remaining", Duration.ofMillis(millis)));
        usage.ifPresent(reading -> lastUsage.put(connection.ref(), reading));
    }

    private Optional<QuotaUsage> usage(ProviderResponse response, String limitHeader, String remainingHeader,
            Duration window) {
        Optional<Long> limit = number(response, limitHeader).filter(value -> value > 0);
        Optional<Long> remaining = number(response, remainingHeader).filter(value -> value >= 0);
        if (limit.isEmpty() || remaining.isEmpty()) {
            return Optional.empty();
        }
        long used = Math.max(0, limit.get() - remaining.get());
        return Optional.of(QuotaUsage.of(used, limit.get(), clock.instant()).withWindow(window));
    }

    private static Optional<Long> number(ProviderResponse response, String header) {
        return response.header(PREFIX + header).map(String::trim).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong);
    }

    @Override
    public Optional<QuotaUsage> lastKnownUsage(Connection connection) {
        return Optional.ofNullable(lastUsage.getIfPresent(connection.ref()));
    }
}
