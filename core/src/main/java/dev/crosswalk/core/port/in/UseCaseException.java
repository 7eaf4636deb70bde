package dev.crosswalk.core.port.in;

import dev.crosswalk.core.domain.ConnectionRef;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request a use case could not serve, for a reason the caller can act on: its own (unknown connection, bad filter,
 * bad cursor) or the CRM's ({@link CrmCallFailed}). Each reason is a nested class.
 *
 * <p>Reasons may be added in later releases. A host that handles them by type keeps a final branch for reasons it
 * does not know (in a pattern {@code switch}, a {@code default}); the message always says what happened and may be
 * shown to the tenant.
 *
 * @since 0.1
 */
public abstract class UseCaseException extends RuntimeException {

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

    /**
     * An authorisation callback's {@code state} is not one in progress: never issued, already used (a replay) or
     * expired. Nothing was stored; the customer starts the authorisation again.
     *
     * @since 0.1
     */
    public static final class UnknownAuthorization extends UseCaseException {
        public UnknownAuthorization(String message) {
            super(message);
        }
    }

    /**
     * The tenant has no webhook endpoint of that id.
     *
     * @since 0.1
     */
    public static final class WebhookNotFound extends UseCaseException {
        public WebhookNotFound(String endpointId) {
            super("there is no webhook endpoint '" + endpointId + "'");
        }
    }

    /** The connection's authorisation is gone (the provider refused its grant): the customer must connect again. */
    public static final class ConnectionNeedsReauthorization extends UseCaseException {
        public ConnectionNeedsReauthorization(ConnectionRef ref) {
            super("connection '" + ref.id() + "' needs to be authorised again by the customer");
        }
    }

    /**
     * The connection's stored tokens cannot be read: the server runs with another token key than they were stored
     * with, or they were altered. The operator restarts with the right key, or the customer authorises again.
     *
     * @since 0.1
     */
    public static final class ConnectionTokensUnreadable extends UseCaseException {
        public ConnectionTokensUnreadable(ConnectionRef ref) {
            super("the stored tokens of connection '" + ref.id() + "' cannot be read with this server's token key:"
                    + " restart it with the key they were stored with, or authorise the connection again");
        }
    }

    /** A page cursor was malformed, or issued for another connection or another query. */
    public static final class InvalidCursor extends UseCaseException {
        public InvalidCursor() {
            super("the cursor is not one this API issued for this connection and these filters; start again without"
                    + " a cursor");
        }

        /** @param message why the cursor cannot be used; never {@code null} */
        public InvalidCursor(String message) {
            super(Objects.requireNonNull(message, "message"));
        }
    }

    /** The request names a filter, field or value the use case cannot accept; the message lists the valid ones. */
    public static final class InvalidRequest extends UseCaseException {
        private final List<String> validValues;

        /**
         * @param message what is wrong; never {@code null}
         * @param validValues what would have been accepted instead (filter or field names), possibly empty
         */
        public InvalidRequest(String message, List<String> validValues) {
            super(Objects.requireNonNull(message, "message"));
            this.validValues = List.copyOf(validValues);
        }

        /** @return what would have been accepted instead; never {@code null}, possibly empty */
        public List<String> validValues() {
            return validValues;
        }
    }

    /** The CRM account has no object of that name. */
    public static final class ObjectNotFound extends UseCaseException {
        /** @param message which object, on which connection; never {@code null} */
        public ObjectNotFound(String message) {
            super(Objects.requireNonNull(message, "message"));
        }
    }

    /** The CRM has no record of that id (or it is deleted and deleted records were not asked for). */
    public static final class RecordNotFound extends UseCaseException {
        /** @param message which record, of which object; never {@code null} */
        public RecordNotFound(String message) {
            super(Objects.requireNonNull(message, "message"));
        }
    }

    /** A mapping override was refused; {@link #problems()} lists every problem found. */
    public static final class MappingRejected extends UseCaseException {
        private final List<String> problems;

        /** @param problems one sentence per problem, at least one */
        public MappingRejected(List<String> problems) {
            super("the mapping override was refused: " + String.join("; ", problems));
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one problem");
            }
            this.problems = List.copyOf(problems);
        }

        /** @return one sentence per problem; never empty */
        public List<String> problems() {
            return problems;
        }
    }

    /** A stored mapping could not turn a provider record into the unified shape; the message says where and why. */
    public static final class MappingFailed extends UseCaseException {
        /**
         * @param message which mapping, field and record, and why; never {@code null}
         * @param cause the evaluation failure, or {@code null}
         */
        public MappingFailed(String message, Throwable cause) {
            super(Objects.requireNonNull(message, "message"), cause);
        }
    }

    /** Another writer changed a mapping override at the same moment; read it again and retry. */
    public static final class OverrideConflict extends UseCaseException {
        /** @param message what changed; never {@code null} */
        public OverrideConflict(String message) {
            super(Objects.requireNonNull(message, "message"));
        }
    }

    /** The override layer or version asked for does not exist. */
    public static final class NoSuchOverride extends UseCaseException {
        /** @param message which layer or version; never {@code null} */
        public NoSuchOverride(String message) {
            super(Objects.requireNonNull(message, "message"));
        }
    }

    /**
     * The CRM did not serve the call, after core's retries. {@link #kind()} says how a client may react; the message
     * says what failed (never with a token) and may be shown to the tenant; the cause, kept for logs, is the
     * connector's failure.
     */
    public static final class CrmCallFailed extends UseCaseException {

        /**
         * How the CRM failed, in terms a client can act on. Kinds may be added; a host's {@code switch} keeps a
         * {@code default} branch and treats an unknown kind as {@link #REJECTED}.
         */
        public enum Kind {
            /** The provider's rate limit is reached: try later, after {@link #retryAfter()} if it is known. */
            RATE_LIMITED,
            /**
             * The provider's allowance for a period (such as a day's API calls) is spent: nothing succeeds before it
             * frees, at {@link #retryAfter()} if the provider said.
             */
            QUOTA_EXHAUSTED,
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
