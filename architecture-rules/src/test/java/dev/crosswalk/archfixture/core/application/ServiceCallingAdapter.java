package dev.crosswalk.archfixture.core.application;

/** Architecture fixture: a core service that calls an adapter directly. */
public final class ServiceCallingAdapter {
    private final dev.crosswalk.archfixture.adapters.http.ControllerCallingConnector controller = null;

    public Object controller() {
        return controller;
    }
}
