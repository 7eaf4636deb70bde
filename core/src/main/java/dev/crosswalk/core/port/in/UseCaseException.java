package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A request a use case could not serve, for a reason the caller can act on: its own (unknown connection, bad cursor)
 * or the CRM's ({@link CrmCallFailed}).
 */
public abstract sealed class UseCaseException extends RuntimeException {

    private UseCaseException(String message) {
        super(message);
    }

    private UseCaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The tenant has no connection of that id (also said when the id belongs to another tenant). */
    public static final class ConnectionNotFound extends UseCaseException {
        public ConnectionNotFound(ConnectionRef ref) {
            super("no connection '" + ref.id() + "' for this tenant");
        }
    }

    /** No connector of the connection's kind is installed and configured on this host. */
    public static final class ConnectorNotInstalled extends UseCaseException {
        public ConnectorNotInstalled(String connectorKind) {
            super("no '" + connectorKind + "' connector is installed and configured on this server");
        }
    }

    /** The connection's connector cannot do what was asked. */
    public static final class CapabilityUnavailable extends UseCaseException {
        public CapabilityUnavailable(String connectorKind, String capability) {
            super("the '" + connectorKind + "' connector does not support " + capability);
        }
    }

    /** The connection's authorisation is gone (the provider refused its grant): the customer must connect again. */
    public static final class ConnectionNeedsReauthorization extends UseCaseException {
        public ConnectionNeedsReauthorization(ConnectionRef ref) {
            super("connection '" + ref.id() + "' needs to be authorised again by the customer");
        }
    }

    /** A page cursor was malformed, or issued for another connection. */
    public static final class InvalidCursor extends UseCaseException {
        public InvalidCursor() {
            super("the cursor is not one this API issued for this connection; start again without a cursor");
        }
    }

    /**
     * The CRM did not serve the call, after core's retries. {@link #kind()} says how a client may react; the message
     * says what failed (never with a token) and may be shown to the tenant; the cause, kept for logs, is the
     * connector's failure.
     */
    public static final class CrmCallFailed extends UseCaseException {

        /** How the CRM failed, in terms a client can act on. */
        public enum Kind {
            /** The provider's quota or rate limit is spent: try later, after {@link #retryAfter()} if it is known. */
            RATE_LIMITED,
            /** The provider is down, slow or unreachable: try later. */
            UNAVAILABLE,
            /** The provider refused the connection's token, even after a refresh. */
            TOKEN_REFUSED,
            /** The provider refused the request itself: repeating it cannot help. */
            REJECTED,
            /** The record or object asked for does not exist at the provider. */
            NOT_FOUND
        }

        private final Kind kind;
        private final String providerCode;
        private final Duration retryAfter;

        /**
         * @param kind never {@code null}
         * @param message never {@code null}
         * @param providerCode the provider's error code, or {@code null}
         * @param retryAfter how long the provider asked callers to wait, or {@code null}
         * @param cause the connector's failure, or {@code null}
         */
        public CrmCallFailed(Kind kind, String message, String providerCode, Duration retryAfter, Throwable cause) {
            super(Objects.requireNonNull(message, "message"), cause);
            this.kind = Objects.requireNonNull(kind, "kind");
            this.providerCode = providerCode;
            this.retryAfter = retryAfter;
        }

        public Kind kind() {
            return kind;
        }

        /** @return the provider's error code (e.g. Salesforce's {@code errorCode}), if it sent one */
        public Optional<String> providerCode() {
            return Optional.ofNullable(providerCode);
        }

        /** @return how long the provider asked callers to wait, if it said */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }
}
