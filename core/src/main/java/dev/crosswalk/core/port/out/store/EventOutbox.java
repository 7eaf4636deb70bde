package dev.crosswalk.core.port.out.store;

import dev.crosswalk.core.domain.ConnectionEvent;

/**
 * Where connection events are written, inside the transaction of the change that caused them
 * ({@link Transactions}), to be delivered to the tenant's webhook endpoints afterwards. Appending queues one delivery
 * for each endpoint the tenant has at that moment. Thread-safe.
 *
 * @since 0.1
 */
public interface EventOutbox {

    /** @param event the event; never {@code null} */
    void append(ConnectionEvent event);

    /**
     * Appends the event unless one with the same key was appended before, on any node: for events that must happen
     * once, such as one quota alert per window. Not inside another transaction.
     *
     * @param event the event; never {@code null}
     * @param key what makes it unique, at most 255 characters; never {@code null}
     * @return whether it was appended
     */
    boolean appendOnce(ConnectionEvent event, String key);
}
