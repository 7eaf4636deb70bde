package dev.crosswalk.archfixture.adapters.http;

/** Architecture fixture: a driving adapter that bypasses the use case and calls the service class. */
public final class ControllerCallingAService {
    Object list(dev.crosswalk.archfixture.core.application.PlainService service) {
        return service.list();
    }
}
