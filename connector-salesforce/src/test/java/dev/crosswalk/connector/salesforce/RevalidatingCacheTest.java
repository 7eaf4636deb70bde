package dev.crosswalk.connector.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.emulator.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RevalidatingCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RevalidatingCache<String, String> cache = new RevalidatingCache<>(clock, Duration.ofMinutes(5), 2);
    private final List<String> validatorsSent = new ArrayList<>();

    @Test
    void servesAFreshValueWithoutFetchingAndRevalidatesAnExpiredOneWithItsValidator() {
        assertThat(cache.get("Contact", fetcher("v1", "Mon"))).contains("v1");
        clock.advance(Duration.ofMinutes(4));
        assertThat(cache.get("Contact", fetcher("never", "Tue"))).contains("v1");
        clock.advance(Duration.ofMinutes(2));

        assertThat(cache.get("Contact", notModified())).contains("v1");
        clock.advance(Duration.ofMinutes(4));
        assertThat(cache.get("Contact", fetcher("never", "Tue"))).contains("v1");

        assertThat(validatorsSent).containsExactly(null, "Mon");
    }

    @Test
    void replacesAValueThatChangedAndForgetsOneThatIsGone() {
        cache.get("Contact", fetcher("v1", "Mon"));
        clock.advance(Duration.ofMinutes(6));
        assertThat(cache.get("Contact", fetcher("v2", "Tue"))).contains("v2");
        clock.advance(Duration.ofMinutes(6));

        assertThat(cache.get("Contact", validator -> new RevalidatingCache.Fetched.Missing<>())).isEmpty();
        assertThat(cache.get("Contact", fetcher("v3", "Wed"))).contains("v3");
        assertThat(validatorsSent).containsExactly(null, "Mon", null);
    }

    @Test
    void passesAFailedFetchOnAndFetchesAgainNextTime() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> cache.get("Contact", validator -> {
            calls.incrementAndGet();
            throw new IllegalStateException("down");
        })).hasMessage("down");
        assertThat(cache.get("Contact", fetcher("v1", null))).contains("v1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void dropsTheLeastRecentlyUsedValueBeyondItsBound() {
        cache.get("a", fetcher("A", null));
        cache.get("b", fetcher("B", null));
        cache.get("a", fetcher("never", null));
        cache.get("c", fetcher("C", null));

        assertThat(cache.get("a", fetcher("never", null))).contains("A");
        assertThat(cache.get("b", fetcher("B again", null))).contains("B again");
    }

    private RevalidatingCache.Fetcher<String> fetcher(String value, String lastModified) {
        return validator -> {
            validatorsSent.add(validator);
            return new RevalidatingCache.Fetched.Found<>(value, lastModified);
        };
    }

    private RevalidatingCache.Fetcher<String> notModified() {
        return validator -> {
            validatorsSent.add(validator);
            return new RevalidatingCache.Fetched.NotModified<>();
        };
    }
}
