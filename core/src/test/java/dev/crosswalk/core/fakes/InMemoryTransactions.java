package dev.crosswalk.core.fakes;

import dev.crosswalk.core.port.out.store.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs the work as it comes (the in-memory stores have nothing to roll back), counting the transactions. */
public final class InMemoryTransactions implements Transactions {

    private final AtomicInteger run = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        run.incrementAndGet();
        return work.get();
    }

    /** @return how many transactions ran */
    public int run() {
        return run.get();
    }
}
