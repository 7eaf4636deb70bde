package dev.crosswalk.emulator.hubspot;

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

    Kind kind() {
        return kind;
    }

    int statusCode() {
        return status;
    }

    Duration delay() {
        return latency;
    }

    @Override
    public String toString() {
        return "HubSpotFault[" + kind + (kind == Kind.STATUS ? " " + status : "") + ", " + rule() + "]";
    }
}
