package dev.crosswalk.emulator.hubspot.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's limits per portal: a ten-second burst window per kind of token (answered in
 * {@code X-HubSpot-RateLimit-*} headers), a daily allowance for private apps (UTC days), and five searches a second,
 * which the burst window does not count. Thread-safe.
 */
public final class RateLimits {

    static final Duration BURST_WINDOW = Duration.ofSeconds(10);

    private record Key(long hubId, boolean privateApp) {
    }

    private final Clock clock;
    private final int burstMax;
    private final long dailyMax;
    private final int searchesPerSecond;
    private final Map<Key, RollingWindow> bursts = new HashMap<>();
    private final Map<Long, RollingWindow> searches = new HashMap<>();
    private final Map<Long, Long> dailyUsed = new HashMap<>();
    private LocalDate day;

    /** Limits of {@code burstMax} calls per ten seconds, {@code dailyMax} private-app calls a day and {@code searchesPerSecond}. */
    public RateLimits(Clock clock, int burstMax, long dailyMax, int searchesPerSecond) {
        this.clock = clock;
        this.burstMax = burstMax;
        this.dailyMax = dailyMax;
        this.searchesPerSecond = searchesPerSecond;
    }

    /**
     * Counts a CRM call of a portal ({@code privateApp}: made with a private-app token) and sets the rate-limit headers on its answer.
     *
     * @throws ApiError 429 once the window or the day is spent, with {@code Retry-After} in whole seconds
     */
    public synchronized void admit(long hubId, boolean privateApp, HubSpotCall call) {
        RollingWindow window = bursts.computeIfAbsent(new Key(hubId, privateApp),
                any -> new RollingWindow(BURST_WINDOW, burstMax));
        if (privateApp) {
            rollDay();
            long used = dailyUsed.getOrDefault(hubId, 0L);
            if (used >= dailyMax) {
                throw rateLimited("DAILY", "You have reached your daily limit.", untilTomorrow());
            }
            dailyUsed.put(hubId, used + 1);
            call.responseHeaders().set("X-HubSpot-RateLimit-Daily", Long.toString(dailyMax));
            call.responseHeaders().set("X-HubSpot-RateLimit-Daily-Remaining", Long.toString(dailyMax - used - 1));
        }
        Optional<Duration> wait = window.admit(clock.instant());
        call.responseHeaders().set("X-HubSpot-RateLimit-Interval-Milliseconds", Long.toString(BURST_WINDOW.toMillis()));
        call.responseHeaders().set("X-HubSpot-RateLimit-Max", Integer.toString(window.max()));
        call.responseHeaders().set("X-HubSpot-RateLimit-Remaining", Integer.toString(window.remaining()));
        if (wait.isPresent()) {
            throw burstSpent(wait.get());
        }
    }

    /** @return the calls of one portal and kind of token counted in the ten-second window ending now */
    public synchronized int burstUsed(long hubId, boolean privateApp) {
        RollingWindow window = bursts.get(new Key(hubId, privateApp));
        return window == null ? 0 : window.used(clock.instant());
    }

    /** @return the most calls of one portal and kind of token in any ten seconds */
    public int burstMax() {
        return burstMax;
    }

    /** Counts a search; search answers carry no rate-limit headers. @throws ApiError 429 {@code SECONDLY} */
    public synchronized void admitSearch(long hubId) {
        Optional<Duration> wait = searches.computeIfAbsent(hubId,
                any -> new RollingWindow(Duration.ofSeconds(1), searchesPerSecond)).admit(clock.instant());
        if (wait.isPresent()) {
            throw rateLimited("SECONDLY", "You have reached your secondly limit.", wait.get());
        }
    }

    /** The 429 of a spent ten-second window. */
    public static ApiError burstSpent(Duration wait) {
        return rateLimited("TEN_SECONDLY_ROLLING", "You have reached your ten_secondly_rolling limit.", wait);
    }

    /**
     * HubSpot's 429: {@code errorType RATE_LIMIT} and the policy's name. {@code Retry-After} is this emulator's
     * choice (docs/decisions/0105): the wait rounded up to whole seconds.
     */
    private static ApiError rateLimited(String policy, String message, Duration wait) {
        ObjectNode body = Json.error("RATE_LIMITS", message).put("errorType", "RATE_LIMIT").put("policyName", policy);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiError(429, body).header("Retry-After", Long.toString(seconds));
    }

    private void rollDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            dailyUsed.clear();
        }
    }

    private Duration untilTomorrow() {
        return Duration.between(clock.instant(), day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
