package dev.crosswalk.archfixture.support;

import dev.crosswalk.archfixture.core.application.PlainService;

/** Architecture fixture: connector support that reaches into core's services. */
final class SupportCallingAService {

    Object call(PlainService service) {
        return service;
    }
}
