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
}
