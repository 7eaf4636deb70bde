package dev.crosswalk.core.port.out.store;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every store call the work makes on the calling thread commits with it or not
 * at all, so a change and the event it causes are written together. Thread-safe.
 *
 * @since 0.1
 */
public interface Transactions {

    /**
     * @param work the store calls to make together; a nested call joins the outer transaction
     * @return what {@code work} returned
     * @throws RuntimeException what {@code work} threw, after everything it wrote was rolled back
     */
    <T> T inTransaction(Supplier<T> work);
}
