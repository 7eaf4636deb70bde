package dev.crosswalk.apifixture.since.nested;

/**
 * Since-tag fixture in a sub-package. The word since alone is not a tag.
 */
public final class DeeperUntagged {
}
