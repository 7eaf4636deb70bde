package dev.crosswalk.archfixture.cyclea;

/** Architecture fixture: one half of a package cycle. */
public final class CycleA {
    dev.crosswalk.archfixture.cycleb.CycleB other;
}
