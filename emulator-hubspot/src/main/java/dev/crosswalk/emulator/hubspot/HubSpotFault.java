package dev.crosswalk.emulator.hubspot;

import dev.crosswalk.emulator.hubspot.http.ApiError;
import dev.crosswalk.emulator.hubspot.http.HubSpotCall;
import dev.crosswalk.emulator.hubspot.http.RateLimits;
import dev.crosswalk.emulator.support.FaultRule;
import dev.crosswalk.emulator.support.RoutedFault;
import java.time.Duration;
import java.util.Objects;

/**
 * One fault the HubSpot emulator injects into matching requests: an error status with HubSpot's error body, extra
 * latency, a body cut off mid-way, or a spent ten-second rate limit. Immutable and thread-safe; {@link #onRoute},
 * {@link #probability} and {@link #times} return copies.
 *
 * <pre>{@code
 * emulator.faults().add(HubSpotFault.status(502).onRoute("GET", "/crm/v3/objects/.*").times(2));
 * emulator.faults().add(HubSpotFault.rateLimitSpent().times(1));
 * }</pre>
 */
public final class HubSpotFault extends RoutedFault<HubSpotFault> {

    enum Kind { STATUS, LATENCY, CONNECTION_RESET, RATE_LIMIT_SPENT }

    private final Kind kind;
    private final int status;
    private final Duration latency;

    private HubSpotFault(Kind kind, int status, Duration latency, FaultRule rule) {
        super(rule);
        this.kind = kind;
        this.status = status;
        this.latency = latency;
    }

    /**
     * Answers {@code status} (4xx or 5xx) with HubSpot's error body instead of handling the request; 429 answers as
     * {@link #rateLimitSpent()} does.
     *
     * @throws IllegalArgumentException for a status outside 400..599
     */
    public static HubSpotFault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + status);
        }
        return new HubSpotFault(status == 429 ? Kind.RATE_LIMIT_SPENT : Kind.STATUS, status, Duration.ZERO, FaultRule.EVERY_REQUEST);
    }

    /** Handles the request normally but holds the answer back by {@code delay}. */
    public static HubSpotFault latency(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        return new HubSpotFault(Kind.LATENCY, 0, delay, FaultRule.EVERY_REQUEST);
    }

    /** Handles the request, then sends half of the promised body and drops the connection. */
    public static HubSpotFault connectionReset() {
        return new HubSpotFault(Kind.CONNECTION_RESET, 0, Duration.ZERO, FaultRule.EVERY_REQUEST);
    }

    /** Answers 429 {@code TEN_SECONDLY_ROLLING} with {@code Retry-After}, as when the portal's burst window is spent. */
    public static HubSpotFault rateLimitSpent() {
        return new HubSpotFault(Kind.RATE_LIMIT_SPENT, 429, Duration.ZERO, FaultRule.EVERY_REQUEST);
    }

    @Override
    protected HubSpotFault withRule(FaultRule narrowed) {
        return new HubSpotFault(kind, status, latency, narrowed);
    }

    /**
     * Applies the fault to a call before routing (the dispatcher's hook): latency and resets let the request run; a
     * status answers instead.
     */
    void applyTo(HubSpotCall call) {
        switch (kind) {
            case LATENCY -> call.delayResponse(latency);
            case CONNECTION_RESET -> call.cutResponseBody();
            case RATE_LIMIT_SPENT -> throw RateLimits.burstSpent(Duration.ofSeconds(1)).header("X-HubSpot-RateLimit-Remaining", "0");
            case STATUS -> throw ApiError.of(status, category(status), "Injected HTTP " + status + " (emulator fault)");
        }
    }

    private static String category(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_ERROR";
            case 401 -> "INVALID_AUTHENTICATION";
            case 403 -> "MISSING_SCOPES";
            case 404 -> "OBJECT_NOT_FOUND";
            case 409 -> "CONFLICT";
            default -> status >= 500 ? "INTERNAL_ERROR" : "VALIDATION_ERROR";
        };
    }

    @Override
    public String toString() {
        return "HubSpotFault[" + kind + (kind == Kind.STATUS ? " " + status : "") + ", " + rule() + "]";
    }
}
