package dev.crosswalk.testkit.salesforce;

import dev.crosswalk.emulator.support.FaultRule;
import dev.crosswalk.emulator.support.RoutedFault;
import java.time.Duration;

/**
 * One fault to inject into matching requests: extra latency, an error status, a response cut off mid-body,
 * revocation of the caller's access token, or a Bulk API 2.0 query job that ends in {@code Failed}. Immutable and
 * thread-safe; the {@code with…} methods return copies.
 *
 * <pre>{@code
 * emulator.faults().add(Fault.status(503).onRoute("GET", "/services/data/.+/query").probability(0.3));
 * emulator.faults().add(Fault.status(429).times(5));          // a storm of five
 * emulator.faults().add(Fault.failQueryJob().times(1));       // the next Bulk query job fails
 * }</pre>
 */
public final class Fault extends RoutedFault<Fault> {

    /** What a fault does; the emulator's fault injector reads it, tests build faults with the factories. */
    public enum Kind { LATENCY, STATUS, CONCURRENT_LIMIT, DAILY_LIMIT, CONNECTION_RESET, REVOKE_TOKEN, FAIL_QUERY_JOB }

    private final Kind kind;
    private final Duration latency;
    private final int status;

    private Fault(Kind kind, Duration latency, int status, FaultRule rule) {
        super(rule);
        this.kind = kind;
        this.latency = latency;
        this.status = status;
    }

    private static Fault of(Kind kind, Duration latency, int status) {
        return new Fault(kind, latency, status, FaultRule.EVERY_REQUEST);
    }

    /** Handles the request normally but holds the response back by {@code delay} (the request stays in flight). */
    public static Fault latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        return of(Kind.LATENCY, delay, 0);
    }

    /**
     * Answers with an error instead of handling the request: 500 {@code UNKNOWN_EXCEPTION}, 503
     * {@code SERVER_UNAVAILABLE}, 429 (with {@code Retry-After}) or any other 4xx/5xx with a REST error body.
     */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("fault status must be 4xx or 5xx: " + status);
        }
        return of(Kind.STATUS, Duration.ZERO, status);
    }

    /**
     * Answers 403 {@code REQUEST_LIMIT_EXCEEDED} "ConcurrentRequests (Concurrent API Requests) Limit exceeded.", as
     * the platform does when too many calls of the org run at once: the code the daily limit shares, another message.
     */
    public static Fault concurrentLimit() {
        return of(Kind.CONCURRENT_LIMIT, Duration.ZERO, 403);
    }

    /**
     * Answers 403 {@code REQUEST_LIMIT_EXCEEDED} "TotalRequests Limit exceeded.", as the platform does once the org's
     * daily API allowance is spent.
     */
    public static Fault dailyLimit() {
        return of(Kind.DAILY_LIMIT, Duration.ZERO, 403);
    }

    /** Handles the request, then sends only half of the promised body and drops the connection. */
    public static Fault connectionReset() {
        return of(Kind.CONNECTION_RESET, Duration.ZERO, 0);
    }

    /** Revokes the caller's access token before handling, so the request fails with 401 INVALID_SESSION_ID. */
    public static Fault revokeToken() {
        return of(Kind.REVOKE_TOKEN, Duration.ZERO, 0);
    }

    /**
     * Creates the query job as asked, but its processing ends in {@code Failed} instead of {@code JobComplete}: its
     * status says {@code Failed} (with no error message, as the platform gives none) and its results answer 412
     * {@code JOB_NOT_COMPLETE}. Aimed at query job creation ({@code POST /services/data/vXX.X/jobs/query}); a request
     * matched through {@link #onRoute} that creates no query job uses up the fault all the same.
     */
    public static Fault failQueryJob() {
        return new Fault(Kind.FAIL_QUERY_JOB, Duration.ZERO, 0,
                FaultRule.EVERY_REQUEST.onRoute("POST", "/services/data/v[^/]+/jobs/query/?"));
    }

    @Override
    protected Fault withRule(FaultRule narrowed) {
        return new Fault(kind, latency, status, narrowed);
    }

    /** What this fault does. */
    public Kind kind() {
        return kind;
    }

    /** The latency a {@link Kind#LATENCY} fault adds, else zero. */
    public Duration delay() {
        return latency;
    }

    /** The status a {@link Kind#STATUS} fault answers (403 for the limit kinds), else 0. */
    public int statusCode() {
        return status;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (kind == Kind.STATUS ? " " + status : "") + (kind == Kind.LATENCY ? " " + latency : "")
                + ", " + rule() + "]";
    }
}
