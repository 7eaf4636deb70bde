package dev.crosswalk.archfixture.server;

import dev.crosswalk.archfixture.testkit.salesforce.http.EmulatorInternalCall;

/** Architecture fixture: a tool outside the emulator that reaches into its internals instead of its API. */
final class DemoReachingEmulatorInternals {

    String path(EmulatorInternalCall call) {
        return call.path();
    }
}
