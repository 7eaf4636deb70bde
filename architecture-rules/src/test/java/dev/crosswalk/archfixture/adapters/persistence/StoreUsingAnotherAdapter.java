package dev.crosswalk.archfixture.adapters.persistence;

/** Architecture fixture: an adapter that depends on another adapter. */
public final class StoreUsingAnotherAdapter {
    Object controller(dev.crosswalk.archfixture.adapters.http.ControllerCallingConnector controller) {
        return controller;
    }
}
