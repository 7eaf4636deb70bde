package dev.crosswalk.archfixture.core.port.in;

/** Architecture fixture: a use case whose signature exposes a driven port. */
public interface UseCaseSeeingDrivenPort {
    dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture port();
}
