package dev.crosswalk.emulator.support;

import java.io.IOException;

/**
 * Answers one matched route.
 *
 * @param <C> the emulator's call type, an {@link HttpCall} or a subclass carrying provider state
 */
@FunctionalInterface
public interface Handler<C> {

    /** @throws IOException when the client went away; provider exceptions are the emulator's to render */
    void handle(C call) throws IOException;
}
