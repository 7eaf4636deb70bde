package dev.crosswalk.archfixture.server;

/** Architecture fixture: the composition root. */
public final class ServerMain {
}
