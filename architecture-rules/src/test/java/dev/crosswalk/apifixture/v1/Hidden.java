package dev.crosswalk.apifixture.v1;

/** API fixture: a package-private type, whose public members are not API either. */
class Hidden {
    public void notApi() {
    }

    /** Public, but nested in a package-private type. */
    public static final class AlsoHidden {
    }
}
