package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A change in a connection's health that the tenant should hear about, as written to the outbox and delivered to the
 * tenant's webhooks. Immutable and thread-safe.
 *
 * @param type what happened; never {@code null}
 * @param connection the connection; never {@code null}
 * @param connectorKind its connector, such as {@code salesforce}; never {@code null}
 * @param occurredAt when; never {@code null}
 * @param detail a sentence for people (what the provider said, what to do), never a token; never {@code null}
 * @since 0.1
 */
public record ConnectionEvent(Type type, ConnectionRef connection, String connectorKind, Instant occurredAt,
        String detail) {

    public ConnectionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(connectorKind, "connectorKind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(detail, "detail");
    }

    /** What happened to the connection. Types may be added; receivers ignore types they do not know. */
    public enum Type {
        /** The provider refused the grant for good: the customer must authorise the connection again. */
        NEEDS_REAUTHORIZATION("connection.needs_reauthorization"),
        /** A connection that needed re-authorisation was authorised again and is active. */
        RECONNECTED("connection.reconnected"),
        /** The connection was deleted and its grant revoked at the provider. */
        DELETED("connection.deleted"),
        /**
         * A token refresh failed for a reason that neither ends the grant nor passes by itself; a few in a row (3)
         * make the connection need the customer.
         */
        REFRESH_FAILED("connection.refresh_failed"),
        /** The CRM's API usage reached the alert threshold (80 % by default) of its allowance for the window. */
        QUOTA_ALERT("connection.quota_alert");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        /** @return the name webhooks carry, such as {@code connection.needs_reauthorization} */
        public String wireName() {
            return wireName;
        }
    }
}
