package dev.crosswalk.testkit.salesforce.soql;

/** SOQL comparison operators. */
public enum Operator {
    EQ, NE, LT, LE, GT, GE, LIKE, IN, NOT_IN, INCLUDES, EXCLUDES;

    /** Whether this operator compares one value with one literal by order ({@code = != < <= > >=}). */
    public boolean isOrdering() {
        return ordinal() <= GE.ordinal();
    }

    /**
     * Whether a comparison result ({@code compareTo}'s sign) satisfies this operator.
     *
     * @throws IllegalStateException if this is not an {@linkplain #isOrdering() ordering} operator
     */
    public boolean accepts(int comparison) {
        return switch (this) {
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            default -> throw new IllegalStateException(name() + " does not compare by order");
        };
    }
}
