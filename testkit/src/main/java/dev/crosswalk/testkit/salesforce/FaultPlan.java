package dev.crosswalk.testkit.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The faults an emulator injects, checked in the order added; the first that matches a request and wins its
 * (seeded) dice roll is applied. Thread-safe. Composite subrequests are never faulted, only whole HTTP requests.
 */
public final class FaultPlan {

    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.budget();
        }
    }

    private final List<Armed> faults = new ArrayList<>();
    private final SplittableRandom random;
    private int injected;

    FaultPlan(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5EEDFA17L);
    }

    /** Adds a fault after those already planned. */
    public synchronized FaultPlan add(Fault fault) {
        faults.add(new Armed(fault));
        return this;
    }

    /** Removes every planned fault. */
    public synchronized void clear() {
        faults.clear();
    }

    /** How many faults have been injected so far. */
    public synchronized int injected() {
        return injected;
    }

    synchronized Optional<Fault> pick(String method, String path) {
        for (Armed armed : faults) {
            if (armed.remaining <= 0 || !armed.fault.matches(method, path)) {
                continue;
            }
            if (armed.fault.chance() >= 1.0 || random.nextDouble() < armed.fault.chance()) {
                if (armed.remaining != Integer.MAX_VALUE) {
                    armed.remaining--;
                }
                injected++;
                return Optional.of(armed.fault);
            }
        }
        return Optional.empty();
    }
}
