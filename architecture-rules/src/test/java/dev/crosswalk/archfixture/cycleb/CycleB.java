package dev.crosswalk.archfixture.cycleb;

/** Architecture fixture: the other half of a package cycle. */
public final class CycleB {
    dev.crosswalk.archfixture.cyclea.CycleA other;
}
