package dev.crosswalk.core.port.out.crm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A CRM call that did not succeed, classified so that core's machinery (not the connector) decides what to do:
 * refresh the token, back off, retry, or give up. Connectors translate provider responses into exactly one of
 * these; the provider's own error code is kept for people to act on. Messages say what failed and for which
 * connection, never a token or secret; they may be shown to the tenant. In every constructor the message is required
 * and the provider code and cause may be {@code null}.
 *
 * <p>Kinds may be added in later releases (as further nested classes); code that handles these failures keeps a
 * branch for kinds it does not know and treats them as {@link Rejected}.
 *
 * @since 0.1
 */
public abstract class CrmFailure extends RuntimeException {

    private final String providerCode;

    private CrmFailure(String message, String providerCode, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.providerCode = providerCode;
    }

    /** @return the provider's error code (e.g. Salesforce's {@code errorCode}), if it sent one */
    public Optional<String> providerCode() {
        return Optional.ofNullable(providerCode);
    }

    /** The access token was refused (expired or revoked session): refresh it and try once more. */
    public static final class Unauthorized extends CrmFailure {
        public Unauthorized(String message, String providerCode) {
            super(message, providerCode, null);
        }
    }

    /** The refresh token or grant was refused: the customer must authorise the connection again. */
    public static final class ReauthorizationRequired extends CrmFailure {
        public ReauthorizationRequired(String message, String providerCode) {
            super(message, providerCode, null);
        }
    }

    /**
     * The provider's rate limit is reached (HTTP 429, Salesforce's concurrent-request limit): retry after back-off.
     * Its subclass {@link QuotaExhausted} is the allowance for a whole period, which back-off cannot wait out.
     */
    public static sealed class RateLimited extends CrmFailure permits QuotaExhausted {
        private final Duration retryAfter;

        public RateLimited(String message, String providerCode, Duration retryAfter) {
            super(message, providerCode, null);
            this.retryAfter = retryAfter;
        }

        /** @return how long the provider asked callers to wait, if it said */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /**
     * The allowance for a period (such as Salesforce's daily API requests, 403 {@code REQUEST_LIMIT_EXCEEDED}
     * "TotalRequests Limit exceeded.") is spent: no call succeeds before it frees, so it is never retried. A
     * {@link RateLimited}, so code that handles rate limits handles it too; {@link #retryAfter()} is when the
     * allowance frees, if the provider said.
     *
     * @since 0.1
     */
    public static final class QuotaExhausted extends RateLimited {
        public QuotaExhausted(String message, String providerCode, Duration retryAfter) {
            super(message, providerCode, retryAfter);
        }
    }

    /** A failure that may pass: a 5xx, a timeout, a reset connection. Safe to retry with back-off. */
    public static final class Transient extends CrmFailure {
        public Transient(String message, String providerCode, Throwable cause) {
            super(message, providerCode, cause);
        }
    }

    /**
     * The provider refused the connector's own configuration (Salesforce {@code invalid_client}: a wrong client id or
     * secret, a signing key it does not know). The operator must fix the configuration; neither retrying nor the
     * customer's re-authorisation helps, so it never counts against a connection.
     *
     * @since 0.1
     */
    public static final class ConnectorMisconfigured extends CrmFailure {
        public ConnectorMisconfigured(String message, String providerCode) {
            super(message, providerCode, null);
        }
    }

    /** The provider refused the request itself (bad query, unknown field): retrying cannot help. */
    public static final class Rejected extends CrmFailure {
        public Rejected(String message, String providerCode) {
            super(message, providerCode, null);
        }
    }

    /**
     * The connector refused the request before sending it: a value the provider cannot take (an id of the wrong
     * shape, a field the object lacks, a literal that does not fit its field). The client's mistake, reported as one.
     */
    public static final class InvalidInput extends CrmFailure {
        public InvalidInput(String message) {
            super(message, null, null);
        }
    }

    /** A page token handed back to the connector is not one it issued (a forged or corrupted cursor). */
    public static final class InvalidPageToken extends CrmFailure {
        public InvalidPageToken(String message) {
            super(message, null, null);
        }
    }

    /** The record or object asked for does not exist at the provider. */
    public static final class NotFound extends CrmFailure {
        public NotFound(String message, String providerCode) {
            super(message, providerCode, null);
        }
    }
}
