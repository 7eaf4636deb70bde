package dev.crosswalk.archfixture.adapters.persistence;

/** Architecture fixture: an adapter that depends on the composition root. */
public final class StoreSeeingTheServer {
    Object main(dev.crosswalk.archfixture.server.ServerMain main) {
        return main;
    }
}
