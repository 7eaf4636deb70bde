package dev.crosswalk.apifixture.since;

/** Since-tag fixture: not public, so it needs no tag. */
final class PackagePrivate {
}
