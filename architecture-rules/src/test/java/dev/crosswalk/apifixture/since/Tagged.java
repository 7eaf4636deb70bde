package dev.crosswalk.apifixture.since;

/**
 * Since-tag fixture: a documented, tagged type.
 *
 * @since 0.1
 */
public final class Tagged {
}
