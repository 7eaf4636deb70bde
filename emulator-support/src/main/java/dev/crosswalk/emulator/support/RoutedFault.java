package dev.crosswalk.emulator.support;

import java.util.Objects;

/**
 * The part every emulator's fault type shares: which requests it hits ({@link FaultRule}) and the methods that narrow
 * that. Subclasses are immutable; each method returns a copy made by {@link #withRule}.
 *
 * @param <F> the emulator's fault type
 */
public abstract class RoutedFault<F extends RoutedFault<F>> implements FaultPlan.Planned {

    private final FaultRule rule;

    /** @param rule the requests the fault hits; never {@code null} */
    protected RoutedFault(FaultRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** A copy of this fault that hits the requests {@code narrowed} describes. */
    protected abstract F withRule(FaultRule narrowed);

    /** Only requests with this method (null: any) whose path matches {@code pathRegex} entirely. */
    public F onRoute(String method, String pathRegex) {
        return withRule(rule.onRoute(method, pathRegex));
    }

    /**
     * Chance that a matching request is hit, drawn from the emulator's seeded stream (default 1).
     *
     * @throws IllegalArgumentException outside 0..1
     */
    public F probability(double chance) {
        return withRule(rule.withProbability(chance));
    }

    /**
     * At most {@code count} injections, e.g. a storm of that length (default unlimited).
     *
     * @throws IllegalArgumentException unless positive
     */
    public F times(int count) {
        return withRule(rule.withTimes(count));
    }

    /** The requests this fault hits and how often. */
    @Override
    public FaultRule rule() {
        return rule;
    }
}
