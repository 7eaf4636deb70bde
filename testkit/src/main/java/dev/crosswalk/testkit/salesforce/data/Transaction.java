package dev.crosswalk.testkit.salesforce.data;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An undo log for the writes the current thread makes while it is open, so {@code allOrNone} requests can roll
 * back. Writes by other threads are not isolated from it; this is an emulator, not a database. Not thread-safe:
 * use it on one thread, in try-with-resources.
 */
public final class Transaction implements AutoCloseable {

    private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();

    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Transaction outer;

    private Transaction(Transaction outer) {
        this.outer = outer;
    }

    /** Starts recording this thread's writes (nested transactions record into their own log). */
    public static Transaction begin() {
        Transaction transaction = new Transaction(CURRENT.get());
        CURRENT.set(transaction);
        return transaction;
    }

    /** Called by storage before each write, with the action that reverts it. */
    static void recordUndo(Runnable revert) {
        Transaction transaction = CURRENT.get();
        if (transaction != null) {
            transaction.undo.push(revert);
        }
    }

    /** Reverts every write recorded so far, newest first. */
    public void rollback() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    /** Stops recording; kept writes stay (and become part of an outer transaction's log). */
    @Override
    public void close() {
        if (outer != null) {
            outer.undo.addAll(undo);
        }
        undo.clear();
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
