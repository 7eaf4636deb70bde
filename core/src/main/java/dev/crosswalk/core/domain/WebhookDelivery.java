package dev.crosswalk.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event's delivery to one endpoint, as the delivery log shows it. Immutable and thread-safe.
 *
 * @param id the delivery's id
 * @param eventId the event's id, such as {@code evt_42}, the same for every endpoint; never {@code null}
 * @param event the event; never {@code null}
 * @param status where it stands; never {@code null}
 * @param attempts how many times it was sent
 * @param lastAttemptAt when it was last sent, if ever
 * @param lastResponseStatus the HTTP status the endpoint last answered, if it answered
 * @param lastError why the last attempt failed, if it did
 * @param nextAttemptAt when it is sent next, while pending
 * @since 0.1
 */
public record WebhookDelivery(long id, String eventId, ConnectionEvent event, Status status, int attempts,
        Optional<Instant> lastAttemptAt, Optional<Integer> lastResponseStatus, Optional<String> lastError,
        Optional<Instant> nextAttemptAt) {

    public WebhookDelivery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(lastResponseStatus, "lastResponseStatus");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** Where a delivery stands. */
    public enum Status {
        /** Not delivered yet: it is tried (again) at {@code nextAttemptAt}. */
        PENDING,
        /** The endpoint answered 2xx. */
        DELIVERED,
        /** Given up after the last retry. */
        FAILED
    }
}
