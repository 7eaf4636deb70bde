package dev.crosswalk.emulator.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The faults an emulator injects, checked in the order added; the first that matches a request and wins its
 * (seeded) dice roll is drawn. What a fault does, and how its error body looks, is the emulator's: the plan only
 * picks. Thread-safe.
 *
 * @param <F> the emulator's fault type
 */
public final class FaultPlan<F extends FaultPlan.Planned> {

    /** A fault the plan can pick: it says which requests it hits. */
    public interface Planned {

        /** The requests this fault hits and how often. */
        FaultRule rule();
    }

    private static final class Armed<F> {
        final F fault;
        final FaultRule rule;
        int remaining;

        Armed(F fault, FaultRule rule) {
            this.fault = fault;
            this.rule = rule;
            this.remaining = rule.times();
        }
    }

    private final List<Armed<F>> faults = new ArrayList<>();
    private final SplittableRandom random;
    private int injected;

    /** @param seed seeds the dice, so the same requests in the same order meet the same faults */
    public FaultPlan(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5EEDFA17L);
    }

    /** Adds a fault after those already planned. */
    public synchronized FaultPlan<F> add(F fault) {
        faults.add(new Armed<>(fault, fault.rule()));
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

    /** Draws the fault for a request, using up one of its injections; empty when none hits. */
    public synchronized Optional<F> pick(String method, String path) {
        for (Armed<F> armed : faults) {
            if (armed.remaining <= 0 || !armed.rule.matches(method, path)) {
                continue;
            }
            if (armed.rule.probability() >= 1.0 || random.nextDouble() < armed.rule.probability()) {
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
