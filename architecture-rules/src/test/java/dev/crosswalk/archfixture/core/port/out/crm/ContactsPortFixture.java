package dev.crosswalk.archfixture.core.port.out.crm;

/** Architecture fixture: a well-behaved driven port. */
public interface ContactsPortFixture {
}
