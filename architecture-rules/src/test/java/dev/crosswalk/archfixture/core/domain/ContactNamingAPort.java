package dev.crosswalk.archfixture.core.domain;

/** Architecture fixture: a domain record that reaches into a port, breaking domain purity. */
public record ContactNamingAPort(dev.crosswalk.archfixture.core.port.out.crm.ContactsPortFixture port) {
}
