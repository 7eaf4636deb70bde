package dev.crosswalk.archfixture.core.port.out;

/** Architecture fixture: a well-behaved driven port. */
public interface ContactsPortFixture {
}
