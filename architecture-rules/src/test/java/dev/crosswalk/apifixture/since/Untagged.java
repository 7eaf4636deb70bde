package dev.crosswalk.apifixture.since;

/** Since-tag fixture: documented, but without an since tag. */
public record Untagged(String value) {
}
