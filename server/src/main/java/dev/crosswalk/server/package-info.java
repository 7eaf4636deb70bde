/**
 * The composition root: the command line, Guice wiring, plugin loading and the demo. Nothing depends on this
 * package.
 */
package dev.crosswalk.server;
