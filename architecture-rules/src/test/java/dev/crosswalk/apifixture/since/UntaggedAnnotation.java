package dev.crosswalk.apifixture.since;

/** Since-tag fixture: an annotation type without the tag. */
public @interface UntaggedAnnotation {
}
