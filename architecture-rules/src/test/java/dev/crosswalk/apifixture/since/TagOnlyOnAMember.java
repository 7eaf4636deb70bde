package dev.crosswalk.apifixture.since;

/** Since-tag fixture: the type's Javadoc lacks the tag; only a member has one. */
public abstract class TagOnlyOnAMember {

    /**
     * A member added later.
     *
     * @since 0.2
     */
    public abstract void later();
}
