package dev.crosswalk.apifixture.since;

public enum Undocumented {
    ONE
}
