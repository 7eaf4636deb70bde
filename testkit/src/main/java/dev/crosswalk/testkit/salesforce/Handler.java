package dev.crosswalk.testkit.salesforce;

import java.io.IOException;

/** Answers one matched route. */
@FunctionalInterface
interface Handler {
    void handle(Call call) throws IOException;
}
