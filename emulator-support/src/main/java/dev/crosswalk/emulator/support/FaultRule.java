package dev.crosswalk.emulator.support;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which requests a fault hits and how often: a method (null: any), a regular expression over the whole path, a
 * probability drawn from the plan's seeded stream, and a budget of injections. Immutable; the {@code with…} methods
 * return copies.
 *
 * @param method      upper-case method, or {@code null} for any
 * @param path        must match the whole request path
 * @param probability chance that a matching request is hit, 0..1
 * @param times       at most this many injections ({@link Integer#MAX_VALUE}: unlimited)
 */
public record FaultRule(String method, Pattern path, double probability, int times) {

    /** Every request, always, without end. */
    public static final FaultRule EVERY_REQUEST = new FaultRule(null, Pattern.compile(".*"), 1.0, Integer.MAX_VALUE);

    /** @throws IllegalArgumentException if the probability is outside 0..1 or times is not positive */
    public FaultRule {
        Objects.requireNonNull(path, "path");
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within 0..1: " + probability);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
    }

    /** Only requests with this method (null: any) whose path matches {@code pathRegex} entirely. */
    public FaultRule onRoute(String requestMethod, String pathRegex) {
        return new FaultRule(requestMethod, Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex")), probability, times);
    }

    /** With this chance of hitting a matching request. */
    public FaultRule withProbability(double chance) {
        return new FaultRule(method, path, chance, times);
    }

    /** At most {@code count} injections. */
    public FaultRule withTimes(int count) {
        return new FaultRule(method, path, probability, count);
    }

    /** Whether a request with this method and path is in scope (before the dice roll). */
    public boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && path.matcher(requestPath).matches();
    }

    @Override
    public String toString() {
        return (method == null ? "*" : method) + " " + path + ", p=" + probability + (times == Integer.MAX_VALUE ? "" : ", times=" + times);
    }
}
