package dev.crosswalk.archfixture.adapters.http;

/** Architecture fixture: a driving adapter that reaches past the use cases into a driven port. */
public final class ControllerSeeingADrivenPort {
    Object contacts(dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture port) {
        return port;
    }
}
