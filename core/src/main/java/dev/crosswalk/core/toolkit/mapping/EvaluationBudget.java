package dev.crosswalk.core.toolkit.mapping;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the JSONata evaluations a thread runs may take in all, for one request: mapping a page of records,
 * checking an override. Each single evaluation is also bounded on its own; the budget stops a mapping that is slow on
 * every record from holding a request thread for minutes. Use with try-with-resources on the thread that maps;
 * budgets nest (the inner one ends first). Not thread-safe: a budget belongs to the thread that opened it.
 *
 * <pre>{@code
 * try (EvaluationBudget budget = EvaluationBudget.open(Duration.ofSeconds(5))) {
 *     records.forEach(plan::map);   // a MappingEvaluationException once the five seconds are spent
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class EvaluationBudget implements AutoCloseable {

    private static final ThreadLocal<EvaluationBudget> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;
    private final Duration total;
    private final EvaluationBudget outer;

    private EvaluationBudget(Duration total, EvaluationBudget outer) {
        this.total = total;
        this.outer = outer;
        this.deadlineNanos = System.nanoTime() + total.toNanos();
    }

    /**
     * @param total the time every evaluation on this thread may take together until {@link #close()}; positive
     * @return the open budget
     */
    public static EvaluationBudget open(Duration total) {
        Objects.requireNonNull(total, "total");
        if (total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("an evaluation budget is positive");
        }
        EvaluationBudget budget = new EvaluationBudget(total, CURRENT.get());
        CURRENT.set(budget);
        return budget;
    }

    /** Ends the budget; the enclosing one, if any, applies again. */
    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * @param single the bound of one evaluation, in milliseconds
     * @return the milliseconds the next evaluation on this thread may take: {@code single}, or less when the open
     *     budget has less left
     * @throws Spent when the open budget is spent
     */
    static long millisForNextEvaluation(long single) {
        EvaluationBudget budget = CURRENT.get();
        if (budget == null) {
            return single;
        }
        long leftNanos = budget.deadlineNanos - System.nanoTime();
        if (leftNanos <= 0) {
            throw new Spent(budget.total);
        }
        return Math.max(1, Math.min(single, leftNanos / 1_000_000));
    }

    /** The evaluations of one request took longer than its budget. */
    static final class Spent extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Spent(Duration total) {
            super("the mapping's JSONata took longer than the " + total.toMillis() + " ms one request may spend;"
                    + " simplify the expression", null, false, false);
        }
    }
}
