package dev.crosswalk.adapters.http;

import dev.crosswalk.core.domain.ConnectionRef;
import dev.crosswalk.core.domain.QuotaUsage;
import dev.crosswalk.core.port.in.ReadQuotaUseCase;
import io.javalin.http.Context;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the IETF RateLimit headers to a successful answer for a connection, from the CRM allowance the connection last
 * reported: {@code RateLimit-Limit} and {@code RateLimit-Remaining} whenever it is known; {@code RateLimit-Reset}
 * (the window's length in seconds: a CRM such as Salesforce counts over a rolling window, so no later reset is known)
 * and {@code RateLimit-Policy} ({@code <limit>;w=<seconds>}) when the window is known too. None before the CRM
 * reported. Reading the allowance makes no CRM call. Thread-safe.
 */
final class RateLimitHeaders {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitHeaders.class);

    private final ReadQuotaUseCase quota;

    RateLimitHeaders(ReadQuotaUseCase quota) {
        this.quota = quota;
    }

    void add(Context ctx, ConnectionRef connection) {
        Optional<QuotaUsage> usage;
        try {
            usage = quota.quota(connection);
        } catch (RuntimeException unreadable) {
            LOG.warn("could not read the CRM allowance of {} for the RateLimit headers", connection, unreadable);
            return;
        }
        usage.ifPresent(known -> {
            ctx.header("RateLimit-Limit", Long.toString(known.limit()));
            ctx.header("RateLimit-Remaining", Long.toString(known.remaining()));
            known.window().ifPresent(window -> {
                ctx.header("RateLimit-Reset", Long.toString(window.toSeconds()));
                ctx.header("RateLimit-Policy", known.limit() + ";w=" + window.toSeconds());
            });
        });
    }
}
