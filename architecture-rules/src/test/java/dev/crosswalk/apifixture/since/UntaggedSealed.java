package dev.crosswalk.apifixture.since;

/** Since-tag fixture: a sealed generic type without the tag. */
public abstract sealed class UntaggedSealed<T> permits UntaggedSealed.Only {

    /** The one permitted subclass. */
    public static final class Only extends UntaggedSealed<String> {
    }
}
